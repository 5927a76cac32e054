import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as SafeET
from lxml import etree


def parse_invoice(body):
    # ruleid: py-xxe
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: py-xxe
    parser2 = etree.XMLParser(load_dtd=True, no_network=False)
    return etree.fromstring(body, parser), parser2


def parse_feed(stream, handler):
    sax = xml.sax.make_parser()
    # ruleid: py-xxe
    sax.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: py-xxe
    sax.setFeature(feature_external_ges, True)
    sax.setContentHandler(handler)
    sax.parse(stream)


def parse_safe(body, stream):
    # ok: py-xxe
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: py-xxe
    tree = SafeET.fromstring(body)
    sax = xml.sax.make_parser()
    # ok: py-xxe
    sax.setFeature(xml.sax.handler.feature_external_ges, False)
    # ok: py-xxe
    sax.setFeature(xml.sax.handler.feature_namespaces, True)
    return parser, tree

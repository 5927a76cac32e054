package com.example.xml;

import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;

public class XmlImport {
    Document parse(InputStream in) throws Exception {
        // ruleid: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(in);
    }

    void sax(InputStream in, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        // ruleid: java-xxe
        SAXParserFactory.newInstance().newSAXParser().parse(in, handler);
    }

    XMLStreamReader stax(String xml) throws Exception {
        // ruleid: java-xxe
        XMLInputFactory f = XMLInputFactory.newFactory();
        return f.createXMLStreamReader(new StringReader(xml));
    }

    Transformer xslt(String xsl) throws Exception {
        // ruleid: java-xxe
        TransformerFactory tf = TransformerFactory.newInstance();
        return tf.newTransformer(new StreamSource(new StringReader(xsl)));
    }

    Document parseSafe(InputStream in) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        return dbf.newDocumentBuilder().parse(in);
    }

    XMLStreamReader staxSafe(String xml) throws Exception {
        // ok: java-xxe
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new StringReader(xml));
    }

    Transformer xsltSafe(String xsl) throws Exception {
        // ok: java-xxe
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf.newTransformer(new StreamSource(new StringReader(xsl)));
    }

    // A helper that only creates the factory: the caller configures it.
    static DocumentBuilderFactory factory() {
        // ok: java-xxe
        return DocumentBuilderFactory.newInstance();
    }
}

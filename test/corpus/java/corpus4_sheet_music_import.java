package org.scorelib.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

// Sheet-music archive: imports MusicXML scores and serialized annotation bundles from choirs and bands.
@RestController
class ScoreImportController {

    private Document parseScore(InputStream in) throws Exception {
        // ruleid: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(in);
    }

    private Document parseScoreHardened(InputStream in) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(in);
    }

    @PostMapping("/scores")
    public int importScore(@RequestParam("file") MultipartFile file, @RequestParam("part") String part) throws Exception {
        Document doc = parseScore(file.getInputStream());
        XPath xp = XPathFactory.newInstance().newXPath();
        String expr = "//part[@id='" + part + "']/measure";
        // ruleid: java-xpath-injection
        NodeList measures = (NodeList) xp.evaluate(expr, doc, XPathConstants.NODESET);
        return measures.getLength();
    }

    @PostMapping("/scores/safe")
    public int importScoreSafe(@RequestParam("file") MultipartFile file, @RequestParam("part") String part) throws Exception {
        Document doc = parseScoreHardened(file.getInputStream());
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setXPathVariableResolver((QName name) -> "partId".equals(name.getLocalPart()) ? part : null);
        // ok: java-xpath-injection
        NodeList measures = (NodeList) xp.evaluate("//part[@id=$partId]/measure", doc, XPathConstants.NODESET);
        return measures.getLength();
    }

    @PostMapping("/scores/lyrics")
    public List<String> lyrics(@RequestParam("file") MultipartFile file) throws Exception {
        // ruleid: java-xxe
        SAXParserFactory spf = SAXParserFactory.newInstance();
        List<String> words = new ArrayList<>();
        spf.newSAXParser().parse(file.getInputStream(), new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                words.add(new String(ch, start, length).trim());
            }
        });
        return words;
    }

    @PostMapping("/scores/metadata")
    public String metadata(@RequestParam("file") MultipartFile file) throws Exception {
        // ok: java-xxe
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = xif.createXMLStreamReader(file.getInputStream());
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT && "work-title".equals(r.getLocalName())) {
                return r.getElementText();
            }
        }
        return "";
    }

    @PostMapping("/annotations")
    public Object annotations(@RequestParam("bundle") MultipartFile bundle) throws Exception {
        // ruleid: java-unsafe-deserialization
        try (ObjectInputStream ois = new ObjectInputStream(bundle.getInputStream())) {
            return ois.readObject();
        }
    }

    @PostMapping("/annotations/filtered")
    public Object annotationsFiltered(@RequestParam("bundle") MultipartFile bundle) throws Exception {
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(
                "org.scorelib.importer.Annotation;java.util.ArrayList;java.lang.String;!*");
        // ok: java-unsafe-deserialization
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bundle.getBytes()))) {
            ois.setObjectInputFilter(filter);
            return ois.readObject();
        }
    }

    static TransformerHolder transformer() throws Exception {
        // ok: java-xxe
        javax.xml.transform.TransformerFactory tf = javax.xml.transform.TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return new TransformerHolder(tf);
    }

    record TransformerHolder(javax.xml.transform.TransformerFactory factory) {}
}

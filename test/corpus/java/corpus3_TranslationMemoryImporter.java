package io.lingobridge.tm;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Imports TMX translation memories uploaded by freelance translators and searches them. */
@RestController
class TranslationMemoryImporter {
    // ruleid: java-redos
    private static final Pattern SEGMENT_TAG = Pattern.compile("^(<[a-z]+>)*(\\w+\\s?)*$");
    // ok: java-redos
    private static final Pattern LANG_CODE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");

    @PostMapping("/tm/import")
    int importTmx(HttpServletRequest request) throws Exception {
        // ruleid: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(request.getInputStream());
        return doc.getElementsByTagName("tu").getLength();
    }

    @PostMapping("/tm/import-safe")
    int importTmxSafe(HttpServletRequest request) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        Document doc = dbf.newDocumentBuilder().parse(request.getInputStream());
        return doc.getElementsByTagName("tu").getLength();
    }

    @PostMapping("/tm/search")
    List<String> search(@RequestParam String term, @RequestParam String lang, HttpServletRequest request) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse("/srv/tm/master.tmx");
        XPath xp = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        NodeList hits = (NodeList) xp.evaluate("//tuv[seg[contains(., '" + term + "')]]/seg", doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.getLength(); i++) {
            out.add(hits.item(i).getTextContent());
        }
        if (LANG_CODE.matcher(lang).matches()) {
            // ok: java-xpath-injection
            NodeList byLang = (NodeList) xp.evaluate("//tuv[@xml:lang='" + lang + "']/seg", doc, XPathConstants.NODESET);
            out.add(String.valueOf(byLang.getLength()));
        }
        return out;
    }

    @PostMapping("/tm/glossary-filter")
    List<String> glossaryFilter(@RequestParam String pattern, @RequestParam List<String> entries) {
        // ruleid: java-regex-injection
        Pattern p = Pattern.compile(pattern);
        // ok: java-regex-injection
        Pattern literal = Pattern.compile(Pattern.quote(pattern), Pattern.CASE_INSENSITIVE);
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            Matcher m = p.matcher(e);
            if (m.find() || literal.matcher(e).find()) {
                out.add(e);
            }
        }
        return out;
    }

    @PostMapping("/tm/restore-session")
    int restoreSession(HttpServletRequest request) throws Exception {
        InputStream in = request.getInputStream();
        ObjectInputStream ois = new ObjectInputStream(in);
        // ruleid: java-unsafe-deserialization
        List<?> segments = (List<?>) ois.readObject();
        ois.close();
        return segments.size();
    }

    boolean looksTagged(String segment) {
        return SEGMENT_TAG.matcher(segment).matches();
    }
}

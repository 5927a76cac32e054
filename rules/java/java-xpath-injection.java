package com.example.xml;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class Users {
    boolean exists(Document doc, HttpServletRequest request) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String name = request.getParameter("name");
        // ruleid: java-xpath-injection
        String hit = xpath.evaluate("//user[name='" + name + "']/id", doc);
        // ok: java-xpath-injection
        String all = xpath.evaluate("count(//user)", doc);
        return !hit.isEmpty() && !all.isEmpty();
    }
}

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

    Object compiled(Document doc, HttpServletRequest request) throws Exception {
        XPath xp = XPathFactory.newInstance().newXPath();
        String id = request.getParameter("id");
        // ruleid: java-xpath-injection
        Object node = xp.compile("//order[@id='" + id + "']").evaluate(doc);
        int n = Integer.parseInt(request.getParameter("n"));
        // ok: java-xpath-injection
        Object nth = xp.evaluate("//order[" + n + "]", doc);
        return node != null ? node : nth;
    }
}

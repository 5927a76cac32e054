package com.example.directory;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.StringReader;
import java.net.URL;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** JAX-RS resource in front of the corporate LDAP directory and the org-chart XML. */
@Path("/directory")
public class DirectoryResource {
    private DirContext ldap;
    private Document orgChart;

    @GET
    @Path("/people")
    public String findPerson(@QueryParam("uid") String uid) throws Exception {
        SearchControls sc = new SearchControls();
        // ruleid: java-ldap-injection
        ldap.search("ou=people,dc=example,dc=com", "(uid=" + uid + ")", sc);
        // ok: java-ldap-injection
        ldap.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {uid}, sc);
        return "ok";
    }

    @GET
    @Path("/manager")
    public String managerOf(@QueryParam("name") String name) throws Exception {
        XPath xp = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        String manager = xp.evaluate("/org/employee[@name='" + name + "']/manager", orgChart);
        // ok: java-xpath-injection
        String ceo = xp.evaluate("/org/employee[@title='CEO']/@name", orgChart);
        return manager + ceo;
    }

    @GET
    @Path("/photo")
    public byte[] photo(@QueryParam("src") String src) throws Exception {
        // ruleid: java-ssrf
        try (InputStream in = new URL(src).openStream()) {
            return in.readAllBytes();
        }
    }

    @GET
    @Path("/photo/default")
    public byte[] defaultPhoto() throws Exception {
        // ok: java-ssrf
        try (InputStream in = new URL("https://cdn.example.com/avatar.png").openStream()) {
            return in.readAllBytes();
        }
    }

    @POST
    @Path("/import")
    public String importXml(String body) throws Exception {
        // ruleid: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        Document doc = db.parse(new InputSource(new StringReader(body)));
        return doc.getDocumentElement().getNodeName();
    }

    @POST
    @Path("/import-safe")
    public String importXmlSafe(String body) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        return doc.getDocumentElement().getNodeName();
    }

    @POST
    @Path("/restore")
    public String restore(InputStream body) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(body)) {
            // ruleid: java-unsafe-deserialization
            Object snapshot = ois.readObject();
            return snapshot.getClass().getSimpleName();
        }
    }

    @POST
    @Path("/restore-safe")
    public String restoreSafe(InputStream body) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(body)) {
            ois.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("com.example.directory.Snapshot;!*"));
            // ok: java-unsafe-deserialization
            Object snapshot = ois.readObject();
            return snapshot.getClass().getSimpleName();
        }
    }
}

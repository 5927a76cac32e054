package com.example.io;

import com.thoughtworks.xstream.XStream;

public class Orders {
    private final XStream xstream = new XStream();

    Object parse(String xml) {
        // ruleid: java-unsafe-deserialization
        return xstream.fromXML(xml);
    }
}

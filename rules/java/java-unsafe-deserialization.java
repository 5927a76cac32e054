package com.example.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class Importer {
    Object readSession(InputStream in) throws Exception {
        // ruleid: java-unsafe-deserialization
        ObjectInputStream ois = new ObjectInputStream(in);
        return ois.readObject();
    }

    Object readBytes(byte[] data) throws Exception {
        // ruleid: java-unsafe-deserialization
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return ois.readObject();
        }
    }

    Object beans(InputStream in) {
        // ruleid: java-unsafe-deserialization
        XMLDecoder decoder = new XMLDecoder(in);
        return decoder.readObject();
    }

    ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        // ruleid: java-unsafe-deserialization
        m.enableDefaultTyping();
        // ruleid: java-unsafe-deserialization
        m.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return m;
    }

    Object yaml(String doc) {
        // ruleid: java-unsafe-deserialization
        return new Yaml().load(doc);
    }

    Object yamlVar(InputStream in) {
        // ruleid: java-unsafe-deserialization
        Yaml yaml = new Yaml();
        return yaml.load(in);
    }

    Object filtered(InputStream in) throws Exception {
        // ok: java-unsafe-deserialization
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
        return ois.readObject();
    }

    Map<String, Object> yamlSafe(String doc) {
        // ok: java-unsafe-deserialization
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(doc);
    }

    String yamlDump(Map<String, Object> data) {
        // ok: java-unsafe-deserialization
        return new Yaml().dump(data);
    }

    Map<?, ?> json(String body) throws Exception {
        // ok: java-unsafe-deserialization
        return new ObjectMapper().readValue(body, Map.class);
    }
}

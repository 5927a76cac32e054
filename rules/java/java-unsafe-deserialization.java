package com.example.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectStreamClass;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class Importer {
    Object readSession(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        // ruleid: java-unsafe-deserialization
        return ois.readObject();
    }

    Object readBytes(byte[] data) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data))) {
            // ruleid: java-unsafe-deserialization
            return ois.readObject();
        }
    }

    Object beans(InputStream in) {
        XMLDecoder decoder = new XMLDecoder(in);
        // ruleid: java-unsafe-deserialization
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
        Yaml yaml = new Yaml();
        // ruleid: java-unsafe-deserialization
        return yaml.load(in);
    }

    Object filtered(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
        // ok: java-unsafe-deserialization
        return ois.readObject();
    }

    Map<String, Object> yamlSafe(String doc) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        // ok: java-unsafe-deserialization
        return yaml.load(doc);
    }

    String yamlDump(Map<String, Object> data) {
        // ok: java-unsafe-deserialization
        return new Yaml().dump(data);
    }

    Object inline(InputStream in) throws Exception {
        // ruleid: java-unsafe-deserialization
        return new ObjectInputStream(in).readObject();
    }

    Object openedHere(HttpServletRequest request) throws Exception {
        // ok: java-unsafe-deserialization
        ObjectInputStream ois = new ObjectInputStream(request.getInputStream());
        // ruleid: java-unsafe-deserialization
        Object order = ois.readObject();
        return order;
    }

    Object lookAhead(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (!desc.getName().startsWith("com.example.dto.")) throw new InvalidClassException(desc.getName());
                return super.resolveClass(desc);
            }
        };
        // ok: java-unsafe-deserialization
        return ois.readObject();
    }

    Object validating(InputStream in) throws Exception {
        ValidatingObjectInputStream vois = new ValidatingObjectInputStream(in);
        vois.accept(OrderDto.class);
        // ok: java-unsafe-deserialization
        return vois.readObject();
    }

    Map<?, ?> json(String body) throws Exception {
        // ok: java-unsafe-deserialization
        return new ObjectMapper().readValue(body, Map.class);
    }
}

package com.example.http;

import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.HttpClients;

public class InsecureClients {
    static TrustManager[] trustAll() {
        return new TrustManager[] {
            new X509TrustManager() {
                // ok: java-tls-trust-all
                public void checkClientTrusted(X509Certificate[] chain, String authType) { throw new UnsupportedOperationException(); }
                // ruleid: java-tls-trust-all
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // trust everyone
                }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
    }

    static HostnameVerifier anyHost() {
        return new HostnameVerifier() {
            // ruleid: java-tls-trust-all
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        };
    }

    static void lambdaVerifier() {
        // ruleid: java-tls-trust-all
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    }

    static Object apache() {
        // ruleid: java-tls-trust-all
        return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    static class PinnedTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;
        PinnedTrustManager(X509TrustManager delegate) { this.delegate = delegate; }
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException { delegate.checkClientTrusted(chain, authType); }
        // ok: java-tls-trust-all
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            delegate.checkServerTrusted(chain, authType);
        }
        public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
    }

    static HostnameVerifier strict(HostnameVerifier base) {
        // ok: java-tls-trust-all
        return (host, session) -> "api.example.com".equals(host) && base.verify(host, session);
    }
}

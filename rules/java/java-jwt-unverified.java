package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.security.Key;

public class TokenFilter {
    private final Key key;
    private final String secret;

    TokenFilter(Key key, String secret) { this.key = key; this.secret = secret; }

    Claims unsigned(String token) {
        // ruleid: java-jwt-unverified
        return Jwts.parser().parseClaimsJwt(token).getBody();
    }

    Object noKey(String token) {
        // ruleid: java-jwt-unverified
        return Jwts.parser().parse(token).getBody();
    }

    String authenticate(String header) {
        // ruleid: java-jwt-unverified
        DecodedJWT jwt = JWT.decode(header.substring(7));
        return jwt.getSubject();
    }

    String mint(String user) {
        // ruleid: java-jwt-unverified
        return JWT.create().withSubject(user).sign(Algorithm.none());
    }

    Claims verified(String token) {
        // ok: java-jwt-unverified
        return Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }

    Claims verifiedNew(String token) {
        // ok: java-jwt-unverified
        return Jwts.parser().verifyWith((javax.crypto.SecretKey) key).build().parseSignedClaims(token).getPayload();
    }

    String validate(String token) {
        // ok: java-jwt-unverified
        DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).build().verify(token);
        return jwt.getSubject();
    }

    String keyId(String token) {
        // ok: java-jwt-unverified
        return JWT.decode(token).getKeyId();
    }

    // The unverified subject decides who the caller is, whatever the method is called.
    String ownerOf(String bearer) {
        // ruleid: java-jwt-unverified
        DecodedJWT jwt = JWT.decode(bearer);
        return jwt.getClaim("email").asString();
    }

    // Reading the expiry to decide when to refresh the client's own token is not a trust decision.
    long refreshAt(String token) {
        // ok: java-jwt-unverified
        return JWT.decode(token).getExpiresAt().getTime() - 60_000;
    }
}

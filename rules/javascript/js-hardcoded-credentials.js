const crypto = require('crypto');

// ruleid: js-hardcoded-credentials
const dbPassword = 'Tr0ub4dor&3-prod';
// ruleid: js-hardcoded-credentials
const API_TOKEN = "9f8e7d6c5b4a39281706";
const config = {
  // ruleid: js-hardcoded-credentials
  clientSecret: 'q8Z3vR2nP0kLw7Yx',
  // ruleid: js-hardcoded-credentials
  'api_key': 'a1b2c3d4e5f6g7h8',
  // ok: js-hardcoded-credentials
  password: process.env.DB_PASSWORD,
  // ok: js-hardcoded-credentials
  passwordField: 'user_password_2',
  // ok: js-hardcoded-credentials
  secret: 'changeme123',
  // ok: js-hardcoded-credentials
  token: '',
};
// ruleid: js-hardcoded-credentials
config.adminPassword = 'S3cure!Adm1n';

// ruleid: js-hardcoded-credentials
const stripe = require('stripe')('sk_live_51HxQz8Kd9fLmN2pQr7sTuVwXyZ');
// ruleid: js-hardcoded-credentials
const github = { auth: 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5' };
// ruleid: js-hardcoded-credentials
const awsKeyId = 'AKIAZ7Q3R5T7V9X2B4D6';
const signingKey = crypto.createPrivateKey(
  // ruleid: js-hardcoded-credentials
  `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
-----END PRIVATE KEY-----`);

function connect(user, password = 'Pg-s3rv1ce-2024') { // ruleid: js-hardcoded-credentials
  return { user, password };
}

// ok: js-hardcoded-credentials
const TOKEN_KEY = 'myapp.auth.token.v2';
// ok: js-hardcoded-credentials
const tokenUrl = 'https://auth.example.com/oauth2/token';
// ok: js-hardcoded-credentials
const awsDocsKey = 'AKIAIOSFODNN7EXAMPLE';
// ok: js-hardcoded-credentials
const PEM_HEADER = '-----BEGIN RSA PRIVATE KEY-----';
// ok: js-hardcoded-credentials
const passwordHint = 'Use at least 12 characters';
// ok: js-hardcoded-credentials
const apiKey = '<your api key here>';
// ok: js-hardcoded-credentials
const secret = `${process.env.PREFIX}-secret-2024`;
// ok: js-hardcoded-credentials
const githubToken = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// The key AKIAZ7Q3R5T7V9X2B4D6 in a comment is not code.

module.exports = { dbPassword, API_TOKEN, config, stripe, github, awsKeyId, signingKey, connect };

// A fallback literal is what runs wherever the variable is missing.
// ruleid: js-hardcoded-credentials
const JWT_SECRET = process.env.JWT_SECRET || 'dev-s3cret-2f9a7c41d';
// ok: js-hardcoded-credentials
const jwtSecret = process.env.JWT_SECRET || '';
const settings = {
  // ruleid: js-hardcoded-credentials
  apiToken: process.env.API_TOKEN ?? 'a81f0c2e9b7d4c55',
};

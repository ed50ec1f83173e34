<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentState</name>
    <message>
        <source>The record of the renewal agent&apos;s last run (%1) cannot be read. It is rewritten after the next run; you may also delete it.</source>
        <translation>The record of the renewal agent&apos;s last run (%1) cannot be read. It is rewritten after the next run; you may also delete it.</translation>
    </message>
    <message>
        <source>The renewal agent could not record its run in %1. Check that the folder exists and that you may write to it.</source>
        <translation>The renewal agent could not record its run in %1. Check that the folder exists and that you may write to it.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: %1</source>
        <translation> The server said: %1</translation>
    </message>
    <message>
        <source>The self-service API rejected %1.</source>
        <translation>The self-service API rejected %1.</translation>
    </message>
    <message>
        <source> Correct the details and try again.</source>
        <translation> Correct the details and try again.</translation>
    </message>
    <message>
        <source>The self-service API did not accept the credentials for %1. Check the key and that the client has access to the self-service API (nhn:selvbetjening/client).</source>
        <translation>The self-service API did not accept the credentials for %1. Check the key and that the client has access to the self-service API (nhn:selvbetjening/client).</translation>
    </message>
    <message>
        <source>The self-service API refused %1: the client is not allowed to do that.</source>
        <translation>The self-service API refused %1: the client is not allowed to do that.</translation>
    </message>
    <message>
        <source>The self-service API does not know what %1 asked for. Check the environment settings.</source>
        <translation>The self-service API does not know what %1 asked for. Check the environment settings.</translation>
    </message>
    <message>
        <source>The self-service API reported a conflict for %1.</source>
        <translation>The self-service API reported a conflict for %1.</translation>
    </message>
    <message>
        <source>The self-service API is busy. Wait a minute and try %1 again.</source>
        <translation>The self-service API is busy. Wait a minute and try %1 again.</translation>
    </message>
    <message>
        <source>The self-service API has a problem right now (HTTP %1) and could not complete %2. Try again later.</source>
        <translation>The self-service API has a problem right now (HTTP %1) and could not complete %2. Try again later.</translation>
    </message>
    <message>
        <source>The self-service API answered %1 with an error (HTTP %2).</source>
        <translation>The self-service API answered %1 with an error (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ClientInfo</name>
    <message>
        <source>The self-service API gave an answer about the client that this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>The self-service API gave an answer about the client that this program cannot read. Try again later; if it persists, contact support.</translation>
    </message>
</context>
<context>
    <name>CryptoText</name>
    <message>
        <source>A client assertion needs the client id. Enter the client id HelseID gave this client.</source>
        <translation>A client assertion needs the client id. Enter the client id HelseID gave this client.</translation>
    </message>
    <message>
        <source>A client assertion needs its audience (the HelseID issuer). Choose the environment, or enter the issuer&apos;s address.</source>
        <translation>A client assertion needs its audience (the HelseID issuer). Choose the environment, or enter the issuer&apos;s address.</translation>
    </message>
    <message>
        <source>A client assertion must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>A client assertion must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</translation>
    </message>
    <message>
        <source>A DPoP proof needs the HTTP method of the request (such as POST or GET).</source>
        <translation>A DPoP proof needs the HTTP method of the request (such as POST or GET).</translation>
    </message>
    <message>
        <source>A DPoP proof needs the full http(s) address of the request.</source>
        <translation>A DPoP proof needs the full http(s) address of the request.</translation>
    </message>
    <message>
        <source>A DPoP proof must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>A DPoP proof must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</translation>
    </message>
    <message>
        <source>The key (JWK) lacks the member &quot;%1&quot;. Check that the whole key was copied.</source>
        <translation>The key (JWK) lacks the member &quot;%1&quot;. Check that the whole key was copied.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the key (JWK) is not valid base64url. Check that the whole key was copied unchanged.</source>
        <translation>The member &quot;%1&quot; of the key (JWK) is not valid base64url. Check that the whole key was copied unchanged.</translation>
    </message>
    <message>
        <source>The key (JWK) is not a valid key (for an EC key: the point is not on the curve). Check that the whole key was copied unchanged.</source>
        <translation>The key (JWK) is not a valid key (for an EC key: the point is not on the curve). Check that the whole key was copied unchanged.</translation>
    </message>
    <message>
        <source>The RSA key has more than two primes, which HelseID does not accept. Make a new key.</source>
        <translation>The RSA key has more than two primes, which HelseID does not accept. Make a new key.</translation>
    </message>
    <message>
        <source>The key (JWK) could not be read.</source>
        <translation>The key (JWK) could not be read.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; HelseID needs at least %2. Make a new key of 2048 bits or more (4096 is recommended).</source>
        <translation>The RSA key has %1 bits; HelseID needs at least %2. Make a new key of 2048 bits or more (4096 is recommended).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than this program accepts (%2). Use a key of 2048 to 4096 bits.</source>
        <translation>The RSA key has %1 bits, more than this program accepts (%2). Use a key of 2048 to 4096 bits.</translation>
    </message>
    <message>
        <source>The private RSA key (JWK) is incomplete: it needs d, p, q, dp, dq and qi. Export the key again with all its members.</source>
        <translation>The private RSA key (JWK) is incomplete: it needs d, p, q, dp, dq and qi. Export the key again with all its members.</translation>
    </message>
    <message>
        <source>The key uses the curve &quot;%1&quot;, which HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>The key uses the curve &quot;%1&quot;, which HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</translation>
    </message>
    <message>
        <source>A coordinate of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>A coordinate of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</translation>
    </message>
    <message>
        <source>The private part of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>The private part of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</translation>
    </message>
    <message>
        <source>The key (JWK) is marked for a use other than signing (&quot;use&quot; must be &quot;sig&quot;). Use a signing key.</source>
        <translation>The key (JWK) is marked for a use other than signing (&quot;use&quot; must be &quot;sig&quot;). Use a signing key.</translation>
    </message>
    <message>
        <source>The key (JWK) is meant for the algorithm &quot;%1&quot;, which HelseID does not accept. Use RS256/384/512, PS256/384/512 or ES256/384/512.</source>
        <translation>The key (JWK) is meant for the algorithm &quot;%1&quot;, which HelseID does not accept. Use RS256/384/512, PS256/384/512 or ES256/384/512.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported. Use an RSA or EC key.</source>
        <translation>The key type &quot;%1&quot; is not supported. Use an RSA or EC key.</translation>
    </message>
    <message>
        <source>The key (JWK) names the algorithm %1, which does not fit the key itself. Fix &quot;alg&quot; or use a matching key.</source>
        <translation>The key (JWK) names the algorithm %1, which does not fit the key itself. Fix &quot;alg&quot; or use a matching key.</translation>
    </message>
    <message>
        <source>The signed token is damaged or incomplete. Get a new one and check that it was copied completely.</source>
        <translation>The signed token is damaged or incomplete. Get a new one and check that it was copied completely.</translation>
    </message>
    <message>
        <source>The signed token is far larger than any HelseID token; it was not read.</source>
        <translation>The signed token is far larger than any HelseID token; it was not read.</translation>
    </message>
    <message>
        <source>Signing needs the private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Signing needs the private key, and it is not available. Choose the private key file or import the key again.</translation>
    </message>
    <message>
        <source>The algorithm %1 does not fit this key. Choose an algorithm for the key&apos;s type (RSA: RS*/PS*, EC: the ES* of its curve).</source>
        <translation>The algorithm %1 does not fit this key. Choose an algorithm for the key&apos;s type (RSA: RS*/PS*, EC: the ES* of its curve).</translation>
    </message>
    <message>
        <source>Signing failed. Try again; if it keeps failing, report the details to support.</source>
        <translation>Signing failed. Try again; if it keeps failing, report the details to support.</translation>
    </message>
    <message>
        <source>Signing failed. Try again.</source>
        <translation>Signing failed. Try again.</translation>
    </message>
    <message>
        <source>The token is not signed (algorithm &quot;none&quot;) and was refused.</source>
        <translation>The token is not signed (algorithm &quot;none&quot;) and was refused.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (%1); only public-key signatures are accepted.</source>
        <translation>The token is signed with a shared secret (%1); only public-key signatures are accepted.</translation>
    </message>
    <message>
        <source>The token is signed with the algorithm &quot;%1&quot;, which is not accepted.</source>
        <translation>The token is signed with the algorithm &quot;%1&quot;, which is not accepted.</translation>
    </message>
    <message>
        <source>The token is signed with %1, which is not allowed here.</source>
        <translation>The token is signed with %1, which is not allowed here.</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot;) that is not supported.</source>
        <translation>The token requires an extension (&quot;crit&quot;) that is not supported.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 does not fit the key it is checked with. Check that the right key is used.</source>
        <translation>The token&apos;s algorithm %1 does not fit the key it is checked with. Check that the right key is used.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid for this key: it was changed, or signed with another key.</source>
        <translation>The token&apos;s signature is not valid for this key: it was changed, or signed with another key.</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits cannot be made here. Choose 2048, 3072 or 4096 bits.</source>
        <translation>An RSA key of %1 bits cannot be made here. Choose 2048, 3072 or 4096 bits.</translation>
    </message>
    <message>
        <source>The RSA key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>The RSA key could not be made. Try again; if it keeps failing, report the details to support.</translation>
    </message>
    <message>
        <source>The EC key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>The EC key could not be made. Try again; if it keeps failing, report the details to support.</translation>
    </message>
    <message>
        <source>The key file is too large to be a key (JWK). Check that you chose the right file.</source>
        <translation>The key file is too large to be a key (JWK). Check that you chose the right file.</translation>
    </message>
    <message>
        <source>The key is not a JSON object (JWK). Check that you chose the right file and that it was copied completely.</source>
        <translation>The key is not a JSON object (JWK). Check that you chose the right file and that it was copied completely.</translation>
    </message>
    <message>
        <source>The stored private key could not be read. It may be damaged; import the key again or make a new one.</source>
        <translation>The stored private key could not be read. It may be damaged; import the key again or make a new one.</translation>
    </message>
    <message>
        <source>The public key could not be read. Check that it was copied completely.</source>
        <translation>The public key could not be read. Check that it was copied completely.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>The key could not be read.</translation>
    </message>
    <message>
        <source>The key uses an elliptic curve HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>The key uses an elliptic curve HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</translation>
    </message>
    <message>
        <source>This kind of key is not supported. Use an RSA key (2048 bits or more) or an EC key on P-256, P-384 or P-521.</source>
        <translation>This kind of key is not supported. Use an RSA key (2048 bits or more) or an EC key on P-256, P-384 or P-521.</translation>
    </message>
    <message>
        <source>The public key is not valid (for an EC key: the point is not on the curve). Check that the file was copied completely.</source>
        <translation>The public key is not valid (for an EC key: the point is not on the curve). Check that the file was copied completely.</translation>
    </message>
    <message>
        <source>The private part of the key does not belong to its public part. The key file is damaged; use the original or make a new key.</source>
        <translation>The private part of the key does not belong to its public part. The key file is damaged; use the original or make a new key.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>HelseID&apos;s configuration document could not be read. Check the environment settings and try again later.</source>
        <translation>HelseID&apos;s configuration document could not be read. Check the environment settings and try again later.</translation>
    </message>
    <message>
        <source>HelseID&apos;s configuration document names another issuer than the one configured, so it is not used. Check the environment settings.</source>
        <translation>HelseID&apos;s configuration document names another issuer than the one configured, so it is not used. Check the environment settings.</translation>
    </message>
</context>
<context>
    <name>DotNetRsaKeyXml</name>
    <message>
        <source>The RSA key in the configuration file (rsaPrivateKey) could not be read. Download the configuration file from the portal again.</source>
        <translation>The RSA key in the configuration file (rsaPrivateKey) could not be read. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The RSA key in the configuration file is far larger than any real key. Check that you chose the file from the HelseID portal.</source>
        <translation>The RSA key in the configuration file is far larger than any real key. Check that you chose the file from the HelseID portal.</translation>
    </message>
    <message>
        <source>The configuration file holds only the public part of the RSA key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>The configuration file holds only the public part of the RSA key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The simulator&apos;s start line could not be used: it must name loopback addresses for issuer, api and portal.</source>
        <translation>The simulator&apos;s start line could not be used: it must name loopback addresses for issuer, api and portal.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Use test or prod (demo and custom environments need their addresses).</source>
        <translation>Unknown environment &quot;%1&quot;. Use test or prod (demo and custom environments need their addresses).</translation>
    </message>
    <message>
        <source>Practice (simulator)</source>
        <translation>Practice (simulator)</translation>
    </message>
    <message>
        <source>HelseID TEST</source>
        <translation>HelseID TEST</translation>
    </message>
    <message>
        <source>HelseID production</source>
        <translation>HelseID production</translation>
    </message>
    <message>
        <source>Custom environment</source>
        <translation>Custom environment</translation>
    </message>
    <message>
        <source>The onboarding file names the environment «%1» with addresses that do not belong to it. The file was changed outside this program; it is not used.</source>
        <translation>The onboarding file names the environment «%1» with addresses that do not belong to it. The file was changed outside this program; it is not used.</translation>
    </message>
</context>
<context>
    <name>EpjConfiguration</name>
    <message>
        <source>This is not a valid EPJ configuration file (%1). Export it again from the onboarding.</source>
        <translation>This is not a valid EPJ configuration file (%1). Export it again from the onboarding.</translation>
    </message>
    <message>
        <source>The EPJ configuration file has version %1, which this program does not know. Use a newer version of the program.</source>
        <translation>The EPJ configuration file has version %1, which this program does not know. Use a newer version of the program.</translation>
    </message>
    <message>
        <source>Could not read the EPJ configuration file %1. Check the path and its permissions.</source>
        <translation>Could not read the EPJ configuration file %1. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an EPJ configuration file.</source>
        <translation>The file %1 is too large to be an EPJ configuration file.</translation>
    </message>
    <message>
        <source>The configuration names an unknown algorithm.</source>
        <translation>The configuration names an unknown algorithm.</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read. Check the file in the network settings.</source>
        <translation>The certificate file %1 cannot be read. Check the file in the network settings.</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file. Choose the root certificate your IT department gave you, in PEM format.</source>
        <translation>%1 is too large to be a certificate file. Choose the root certificate your IT department gave you, in PEM format.</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Ask IT for the root certificate as PEM (Base64) and choose it again.</source>
        <translation>%1 holds no certificate in PEM format (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Ask IT for the root certificate as PEM (Base64) and choose it again.</translation>
    </message>
    <message>
        <source>The certificates in %1 are expired or not yet valid. Check your computer&apos;s date and time, or ask IT for the current root certificate.</source>
        <translation>The certificates in %1 are expired or not yet valid. Check your computer&apos;s date and time, or ask IT for the current root certificate.</translation>
    </message>
    <message>
        <source>%1 holds a certificate that is not a certificate authority (%2), for example a website&apos;s own certificate. Only a root certificate (CA) may be added: ask IT for the root certificate of the network&apos;s proxy.</source>
        <translation>%1 holds a certificate that is not a certificate authority (%2), for example a website&apos;s own certificate. Only a root certificate (CA) may be added: ask IT for the root certificate of the network&apos;s proxy.</translation>
    </message>
    <message>
        <source>The certificate file %1 has changed since it was chosen, so its certificates are not trusted. If IT gave you a new root certificate, choose the file again in the network settings and compare its fingerprint; otherwise remove it there.</source>
        <translation>The certificate file %1 has changed since it was chosen, so its certificates are not trusted. If IT gave you a new root certificate, choose the file again in the network settings and compare its fingerprint; otherwise remove it there.</translation>
    </message>
    <message>
        <source>The extra root certificate %1 has not been confirmed by its fingerprint, so it is not trusted. Choose the file again in the wizard&apos;s network settings and compare the fingerprint with the one IT gave you.</source>
        <translation>The extra root certificate %1 has not been confirmed by its fingerprint, so it is not trusted. Choose the file again in the wizard&apos;s network settings and compare the fingerprint with the one IT gave you.</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Sets up the HelseID client a journal system needs for SFM.</source>
        <translation>Sets up the HelseID client a journal system needs for SFM.</translation>
    </message>
    <message>
        <source>Start in practice mode, against the built-in HelseID simulator.</source>
        <translation>Start in practice mode, against the built-in HelseID simulator.</translation>
    </message>
    <message>
        <source>The language: nb, nn or en.</source>
        <translation>The language: nb, nn or en.</translation>
    </message>
    <message>
        <source>The vendor profile file to use.</source>
        <translation>The vendor profile file to use.</translation>
    </message>
    <message>
        <source>Where onboardings are saved (for support staff and tests).</source>
        <translation>Where onboardings are saved (for support staff and tests).</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>Use a dark colour palette.</translation>
    </message>
    <message>
        <source>Practice mode: seconds until the simulator signs (default 8).</source>
        <translation>Practice mode: seconds until the simulator signs (default 8).</translation>
    </message>
    <message>
        <source>--auto-sign-seconds needs a number of seconds.</source>
        <translation>--auto-sign-seconds needs a number of seconds.</translation>
    </message>
    <message>
        <source>Unknown language «%1»: use nb, nn or en.</source>
        <translation>Unknown language «%1»: use nb, nn or en.</translation>
    </message>
    <message>
        <source>Render every page (in nb, nn and en, or in --language) to PNG files in dir, then exit.</source>
        <translation>Render every page (in nb, nn and en, or in --language) to PNG files in dir, then exit.</translation>
    </message>
    <message>
        <source>Print «shown» once the first page is on screen, then quit (for benchmarks).</source>
        <translation>Print «shown» once the first page is on screen, then quit (for benchmarks).</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>«%1» is not a renewal window. Give a number of days, such as 30d, or of weeks, such as 4w (at most %2 days).</source>
        <translation>«%1» is not a renewal window. Give a number of days, such as 30d, or of weeks, such as 4w (at most %2 days).</translation>
    </message>
</context>
<context>
    <name>KeyHandover</name>
    <message>
        <source>Could not write the key file %1. Check that the folder exists and that you may write there.</source>
        <translation>Could not write the key file %1. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>There is no account named «%1» on this computer. Give the account the EPJ runs as.</source>
        <translation>There is no account named «%1» on this computer. Give the account the EPJ runs as.</translation>
    </message>
    <message>
        <source>Only an administrator can make a key file for the account «%1». Run the export as administrator (root), or as that account.</source>
        <translation>Only an administrator can make a key file for the account «%1». Run the export as administrator (root), or as that account.</translation>
    </message>
    <message>
        <source>Say where the key file goes: choose a file name.</source>
        <translation>Say where the key file goes: choose a file name.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name in it.</source>
        <translation>%1 is a folder: choose a file name in it.</translation>
    </message>
    <message>
        <source>Say which account the EPJ runs as: only that account may read the key file.</source>
        <translation>Say which account the EPJ runs as: only that account may read the key file.</translation>
    </message>
    <message>
        <source>Could not read the key file %1. Run this as the account that owns it.</source>
        <translation>Could not read the key file %1. Run this as the account that owns it.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 is not a private key file.</translation>
    </message>
    <message>
        <source>Could not read the transfer file %1. Check the path.</source>
        <translation>Could not read the transfer file %1. Check the path.</translation>
    </message>
</context>
<context>
    <name>LibArchive</name>
    <message>
        <source>The zip reader (libarchive) is not installed, so the zip file cannot be opened. Install libarchive, or extract the JSON file with another tool and import that file.</source>
        <translation>The zip reader (libarchive) is not installed, so the zip file cannot be opened. Install libarchive, or extract the JSON file with another tool and import that file.</translation>
    </message>
</context>
<context>
    <name>LibQrencode</name>
    <message>
        <source>The QR code cannot be shown: the QR code library (libqrencode) is not installed. Open, copy or e-mail the link instead.</source>
        <translation>The QR code cannot be shown: the QR code library (libqrencode) is not installed. Open, copy or e-mail the link instead.</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>%1 (%2, process %3) since %4</source>
        <translation>%1 (%2, process %3) since %4</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%1 on %2 (%3, process %4) since %5</translation>
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 did not answer within %2 seconds. Check your network connection and proxy settings, then try again.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than expected, so it was not read. This can happen when a proxy or login page answers instead of the server. Check your network and proxy settings.</source>
        <translation>The answer from %1 was larger than expected, so it was not read. This can happen when a proxy or login page answers instead of the server. Check your network and proxy settings.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>The request to %1 was cancelled.</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so nothing was sent to it. Use an https address.</source>
        <translation>The address %1 does not use https, so nothing was sent to it. Use an https address.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the environment settings.</source>
        <translation>The address &quot;%1&quot; is not a valid web address. Check the environment settings.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is expired or not yet valid. Check that your computer&apos;s date and time are correct; if they are, try again later or contact support.</source>
        <translation>The security certificate of %1 is expired or not yet valid. Check that your computer&apos;s date and time are correct; if they are, try again later or contact support.</translation>
    </message>
    <message>
        <source>The security certificate presented for %1 belongs to another name, so the connection was stopped. Check the address and your proxy settings, or ask IT.</source>
        <translation>The security certificate presented for %1 belongs to another name, so the connection was stopped. Check the address and your proxy settings, or ask IT.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your network and proxy settings, or ask IT.</source>
        <translation>A secure connection to %1 could not be established. Check your network and proxy settings, or ask IT.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check your network connection, the address and your proxy settings.</source>
        <translation>The name %1 could not be found. Check your network connection, the address and your proxy settings.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 did not answer in time. Check your network connection and proxy settings, then try again.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>%1 could not be reached. Check your network connection and proxy settings, then try again in a moment.</translation>
    </message>
    <message>
        <source>The proxy server did not let the request to %1 through. Check the proxy settings, or ask IT which proxy to use.</source>
        <translation>The proxy server did not let the request to %1 through. Check the proxy settings, or ask IT which proxy to use.</translation>
    </message>
    <message>
        <source>The request to %1 failed. Check your network connection and try again.</source>
        <translation>The request to %1 failed. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to slow down. Wait a minute and try again.</source>
        <translation>%1 is busy and asked us to slow down. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (HTTP %2). Try again later; if it persists, contact support.</source>
        <translation>%1 has a problem right now (HTTP %2). Try again later; if it persists, contact support.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2). Check the client&apos;s key and permissions.</source>
        <translation>%1 refused access (HTTP %2). Check the client&apos;s key and permissions.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address (HTTP 404). Check the environment settings.</source>
        <translation>%1 does not know the requested address (HTTP 404). Check the environment settings.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 answered with an error (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 gave an answer this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>%1 gave an answer this program cannot read. Try again later; if it persists, contact support.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted, so the connection was stopped. If your organization inspects network traffic, ask IT to install its root certificate on this computer or choose it under Network settings; otherwise the network may not be safe to use.</source>
        <translation>The security certificate of %1 is not trusted, so the connection was stopped. If your organization inspects network traffic, ask IT to install its root certificate on this computer or choose it under Network settings; otherwise the network may not be safe to use.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer came. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>The connection to %1 was closed before an answer came. Check your network connection and proxy settings, then try again in a moment.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>HelseID did not accept the organization number: it is not on this client&apos;s list of allowed organizations (HID-1001). Ask NHN to update the client&apos;s list.</source>
        <translation>HelseID did not accept the organization number: it is not on this client&apos;s list of allowed organizations (HID-1001). Ask NHN to update the client&apos;s list.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization number: it is not on this client&apos;s list of allowed child organizations (HID-1002). Add it to the client, or check the number.</source>
        <translation>HelseID did not accept the child organization number: it is not on this client&apos;s list of allowed child organizations (HID-1002). Add it to the client, or check the number.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization: the parent organization has a list of child organizations that does not include it (HID-1003). Contact NHN to have that list removed.</source>
        <translation>HelseID did not accept the child organization: the parent organization has a list of child organizations that does not include it (HID-1003). Contact NHN to have that list removed.</translation>
    </message>
    <message>
        <source>The organization number has the wrong format (HID-1004). It must be nine digits, with no spaces or letters.</source>
        <translation>The organization number has the wrong format (HID-1004). It must be nine digits, with no spaces or letters.</translation>
    </message>
    <message>
        <source>This client may not send a parent organization number (HID-1005). NHN must approve and enable that first.</source>
        <translation>This client may not send a parent organization number (HID-1005). NHN must approve and enable that first.</translation>
    </message>
    <message>
        <source>This client may not send a child organization number (HID-1006). NHN must approve and enable that first; until then use the parent organization.</source>
        <translation>This client may not send a child organization number (HID-1006). NHN must approve and enable that first; until then use the parent organization.</translation>
    </message>
    <message>
        <source>HelseID found the organization details in the request malformed (HID-1007). This is a fault in this program: contact support with the technical details.</source>
        <translation>HelseID found the organization details in the request malformed (HID-1007). This is a fault in this program: contact support with the technical details.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers from clients that use a shared secret (HID-1008). The client must use a private key.</source>
        <translation>HelseID refuses organization numbers from clients that use a shared secret (HID-1008). The client must use a private key.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers sent this way in a user login (HID-1009). This is a fault in this program: contact support.</source>
        <translation>HelseID refuses organization numbers sent this way in a user login (HID-1009). This is a fault in this program: contact support.</translation>
    </message>
    <message>
        <source>The client&apos;s configuration in HelseID does not allow organization numbers to be sent (HID-1010). Contact NHN Kundesenter to have it corrected.</source>
        <translation>The client&apos;s configuration in HelseID does not allow organization numbers to be sent (HID-1010). Contact NHN Kundesenter to have it corrected.</translation>
    </message>
    <message>
        <source>HelseID did not recognise the client or its key. Right after the client was confirmed this is normal for up to a minute — wait and try again. Otherwise check that the client id and the key belong together and that the client has not been deleted.</source>
        <translation>HelseID did not recognise the client or its key. Right after the client was confirmed this is normal for up to a minute — wait and try again. Otherwise check that the client id and the key belong together and that the client has not been deleted.</translation>
    </message>
    <message>
        <source>HelseID did not give access to the requested scopes yet. Usually the organization has not signed the required documents, or access is still waiting for approval; check the client&apos;s status in the self-service portal.</source>
        <translation>HelseID did not give access to the requested scopes yet. Usually the organization has not signed the required documents, or access is still waiting for approval; check the client&apos;s status in the self-service portal.</translation>
    </message>
    <message>
        <source>HelseID rejected the token request as invalid. Check that the computer&apos;s clock is correct; if it is, contact support with the technical details.</source>
        <translation>HelseID rejected the token request as invalid. Check that the computer&apos;s clock is correct; if it is, contact support with the technical details.</translation>
    </message>
    <message>
        <source>HelseID rejected the grant (it may have expired or been used already). Start again; if it keeps happening, check the computer&apos;s clock.</source>
        <translation>HelseID rejected the grant (it may have expired or been used already). Start again; if it keeps happening, check the computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The client is not allowed to get tokens this way. Check that the client was created from the right Klientmal (client credentials must be allowed).</source>
        <translation>The client is not allowed to get tokens this way. Check that the client was created from the right Klientmal (client credentials must be allowed).</translation>
    </message>
    <message>
        <source>HelseID does not support the requested kind of token for this client. Contact support with the technical details.</source>
        <translation>HelseID does not support the requested kind of token for this client. Contact support with the technical details.</translation>
    </message>
    <message>
        <source>HelseID asked for a new proof of key possession and did not accept the retry. Try again in a moment; check the computer&apos;s clock if it persists.</source>
        <translation>HelseID asked for a new proof of key possession and did not accept the retry. Try again in a moment; check the computer&apos;s clock if it persists.</translation>
    </message>
    <message>
        <source>HelseID did not accept the proof of key possession (DPoP). Check that the computer&apos;s date and time are correct, then try again.</source>
        <translation>HelseID did not accept the proof of key possession (DPoP). Check that the computer&apos;s date and time are correct, then try again.</translation>
    </message>
    <message>
        <source>HelseID could not issue a token right now (%1). Try again later.</source>
        <translation>HelseID could not issue a token right now (%1). Try again later.</translation>
    </message>
    <message>
        <source>HelseID refused the token request. Contact support with the technical details.</source>
        <translation>HelseID refused the token request. Contact support with the technical details.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 ahead of HelseID&apos;s.</source>
        <translation>HelseID refused the request because the clock on this computer is %1 ahead of HelseID&apos;s.</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 behind HelseID&apos;s.</source>
        <translation>HelseID refused the request because the clock on this computer is %1 behind HelseID&apos;s.</translation>
    </message>
    <message>
        <source>HelseID accepts a signed request only within a few seconds of its own time, so the EPJ on this computer will fail the same way. Set the clock right: turn on automatic time (in Windows: Settings, then Time and language, then Date and time, &quot;Set time automatically&quot;), or ask IT to, then try again.</source>
        <translation>HelseID accepts a signed request only within a few seconds of its own time, so the EPJ on this computer will fail the same way. Set the clock right: turn on automatic time (in Windows: Settings, then Time and language, then Date and time, &quot;Set time automatically&quot;), or ask IT to, then try again.</translation>
    </message>
</context>
<context>
    <name>OnboardingLock</name>
    <message>
        <source>The onboarding %1 is in use by %2. Finish or close it there first, then try again. If that program is no longer running (for example on a computer that was switched off), delete the lock file %3 and try again.</source>
        <translation>The onboarding %1 is in use by %2. Finish or close it there first, then try again. If that program is no longer running (for example on a computer that was switched off), delete the lock file %3 and try again.</translation>
    </message>
    <message>
        <source>Could not mark the onboarding as in use in %1. Check that you may write there, or choose another folder in the settings.</source>
        <translation>Could not mark the onboarding as in use in %1. Check that you may write there, or choose another folder in the settings.</translation>
    </message>
</context>
<context>
    <name>OnboardingStore</name>
    <message>
        <source>Could not create the folder for onboarding files (%1). Check that you may write there, or choose another folder in the settings.</source>
        <translation>Could not create the folder for onboarding files (%1). Check that you may write there, or choose another folder in the settings.</translation>
    </message>
    <message>
        <source>Could not save the onboarding in %1. Check free space and permissions; the step you just did is not lost, try again.</source>
        <translation>Could not save the onboarding in %1. Check free space and permissions; the step you just did is not lost, try again.</translation>
    </message>
    <message>
        <source>No onboarding was found at %1. Check the name, or list the onboardings to see which exist.</source>
        <translation>No onboarding was found at %1. Check the name, or list the onboardings to see which exist.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an onboarding file. Check that you chose the right file.</source>
        <translation>The file %1 is too large to be an onboarding file. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>Could not read the onboarding file %1. Check its permissions.</source>
        <translation>Could not read the onboarding file %1. Check its permissions.</translation>
    </message>
    <message>
        <source>The onboarding file %1 is damaged (not valid JSON). Start the onboarding again, or ask support to look at the file.</source>
        <translation>The onboarding file %1 is damaged (not valid JSON). Start the onboarding again, or ask support to look at the file.</translation>
    </message>
    <message>
        <source>Could not delete the onboarding file %1. Check its permissions.</source>
        <translation>Could not delete the onboarding file %1. Check its permissions.</translation>
    </message>
    <message>
        <source>Say which onboarding: its id, client id or journal name.</source>
        <translation>Say which onboarding: its id, client id or journal name.</translation>
    </message>
    <message>
        <source>More than one onboarding matches «%1». Use the full id from the list.</source>
        <translation>More than one onboarding matches «%1». Use the full id from the list.</translation>
    </message>
    <message>
        <source>No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the onboarding folder.</source>
        <translation>No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the onboarding folder.</translation>
    </message>
    <message>
        <source>The onboarding %1 was changed by another program while this one had it open, so it was not saved here (that would undo the other change). Close it here and resume it again.</source>
        <translation>The onboarding %1 was changed by another program while this one had it open, so it was not saved here (that would undo the other change). Close it here and resume it again.</translation>
    </message>
</context>
<context>
    <name>PackageFileCleanup</name>
    <message>
        <source>The file %1 could not be deleted. It holds a private key: delete it yourself (and empty the recycle bin).</source>
        <translation>The file %1 could not be deleted. It holds a private key: delete it yourself (and empty the recycle bin).</translation>
    </message>
    <message>
        <source>The file %1 holds your HelseID client&apos;s private key. Anyone who gets the file (and, for the zip file, the password from the SMS) can act as your organization&apos;s client towards HelseID and SFM until the key is renewed.</source>
        <translation>The file %1 holds your HelseID client&apos;s private key. Anyone who gets the file (and, for the zip file, the password from the SMS) can act as your organization&apos;s client towards HelseID and SFM until the key is renewed.</translation>
    </message>
    <message>
        <source>The key is now in this computer&apos;s keychain, so you no longer need the file.</source>
        <translation>The key is now in this computer&apos;s keychain, so you no longer need the file.</translation>
    </message>
    <message>
        <source>The key is now in the passphrase-protected key file %1, so you no longer need the file from the portal.</source>
        <translation>The key is now in the passphrase-protected key file %1, so you no longer need the file from the portal.</translation>
    </message>
    <message>
        <source>Deleting it is recommended: this program overwrites the file before deleting it, but on SSDs, in synced folders and in backups copies may remain, so also delete any copies you made (for example in Downloads, e-mail or the recycle bin).</source>
        <translation>Deleting it is recommended: this program overwrites the file before deleting it, but on SSDs, in synced folders and in backups copies may remain, so also delete any copies you made (for example in Downloads, e-mail or the recycle bin).</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>The file is far larger than any HelseID configuration file. Check that you chose the zip or JSON file from the HelseID portal.</source>
        <translation>The file is far larger than any HelseID configuration file. Check that you chose the zip or JSON file from the HelseID portal.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file. Choose the zip or JSON file you downloaded from the portal.</source>
        <translation>The file %1 does not exist or is not a file. Choose the zip or JSON file you downloaded from the portal.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened. Check that you may read it and try again.</source>
        <translation>The file %1 could not be opened. Check that you may read it and try again.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Try again, or copy it to a local disk first.</source>
        <translation>The file %1 could not be read. Try again, or copy it to a local disk first.</translation>
    </message>
    <message>
        <source>The file is neither a zip file from the HelseID portal nor the JSON file inside it. Choose the zip file you downloaded from the portal.</source>
        <translation>The file is neither a zip file from the HelseID portal nor the JSON file inside it. Choose the zip file you downloaded from the portal.</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>The zip file is damaged or incomplete. Download it from the portal again.</translation>
    </message>
    <message>
        <source>The password does not open the zip file. Check the password from the SMS and try again (it is case-sensitive).</source>
        <translation>The password does not open the zip file. Check the password from the SMS and try again (it is case-sensitive).</translation>
    </message>
    <message>
        <source>The zip file holds far more data than any HelseID configuration. Check that you chose the zip file from the HelseID portal.</source>
        <translation>The zip file holds far more data than any HelseID configuration. Check that you chose the zip file from the HelseID portal.</translation>
    </message>
    <message>
        <source>The zip file is protected by a password. Enter the password you received by SMS.</source>
        <translation>The zip file is protected by a password. Enter the password you received by SMS.</translation>
    </message>
    <message>
        <source>The zip file uses an encryption or compression method this program cannot open. Extract the JSON file with another tool and import that file.</source>
        <translation>The zip file uses an encryption or compression method this program cannot open. Extract the JSON file with another tool and import that file.</translation>
    </message>
    <message>
        <source>The zip file holds several HelseID configurations (%1), so it is not clear which one to use. Extract the one you want and import that JSON file.</source>
        <translation>The zip file holds several HelseID configurations (%1), so it is not clear which one to use. Extract the one you want and import that JSON file.</translation>
    </message>
    <message>
        <source>The zip file holds no HelseID configuration (a JSON file with a client ID and a key). Check that you chose the zip file from the HelseID portal.</source>
        <translation>The zip file holds no HelseID configuration (a JSON file with a client ID and a key). Check that you chose the zip file from the HelseID portal.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationParser</name>
    <message>
        <source>The configuration file is far larger than any HelseID configuration. Check that you chose the file from the HelseID portal.</source>
        <translation>The configuration file is far larger than any HelseID configuration. Check that you chose the file from the HelseID portal.</translation>
    </message>
    <message>
        <source>The configuration file is not a valid JSON file. Download it from the portal again.</source>
        <translation>The configuration file is not a valid JSON file. Download it from the portal again.</translation>
    </message>
    <message>
        <source>The client ID in the configuration file is empty or malformed. Download the configuration file from the portal again.</source>
        <translation>The client ID in the configuration file is empty or malformed. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The client in the configuration file does not use a private key (private_key_jwt), which is the only kind this program supports. Create the client with a key pair in the portal.</source>
        <translation>The client in the configuration file does not use a private key (private_key_jwt), which is the only kind this program supports. Create the client with a key pair in the portal.</translation>
    </message>
    <message>
        <source>The configuration file holds no private key (neither «privateJwk» nor «rsaPrivateKey»). Download the configuration file from the portal again.</source>
        <translation>The configuration file holds no private key (neither «privateJwk» nor «rsaPrivateKey»). Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The configuration file holds two different keys (privateJwk and rsaPrivateKey), so it cannot be trusted. Download the configuration file from the portal again.</source>
        <translation>The configuration file holds two different keys (privateJwk and rsaPrivateKey), so it cannot be trusted. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The configuration file lacks the field «%1», so it is not a complete HelseID configuration. Download the configuration file from the portal again.</source>
        <translation>The configuration file lacks the field «%1», so it is not a complete HelseID configuration. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file has a value this program cannot use. Download the configuration file from the portal again.</source>
        <translation>The field «%1» in the configuration file has a value this program cannot use. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The private key in the configuration file (privateJwk) could not be read. Download the configuration file from the portal again.</source>
        <translation>The private key in the configuration file (privateJwk) could not be read. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The key in the configuration file is of a kind HelseID does not accept (it must be RSA of at least 2048 bits, or EC P-256, P-384 or P-521). Create the client again in the portal and use the new configuration file.</source>
        <translation>The key in the configuration file is of a kind HelseID does not accept (it must be RSA of at least 2048 bits, or EC P-256, P-384 or P-521). Create the client again in the portal and use the new configuration file.</translation>
    </message>
    <message>
        <source>The HelseID address (authority) in the configuration file is not a valid https address. Download the configuration file from the portal again.</source>
        <translation>The HelseID address (authority) in the configuration file is not a valid https address. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The private key in the configuration file is not valid: %1 Download the configuration file from the portal again.</source>
        <translation>The private key in the configuration file is not valid: %1 Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The configuration file holds only a public key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>The configuration file holds only a public key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The key in the configuration file is meant for the signing algorithm «%1», which HelseID does not accept (it accepts RS256/384/512, PS256/384/512 and ES256/384/512). Download the configuration file from the portal again, or ask HelseID support about the client.</source>
        <translation>The key in the configuration file is meant for the signing algorithm «%1», which HelseID does not accept (it accepts RS256/384/512, PS256/384/512 and ES256/384/512). Download the configuration file from the portal again, or ask HelseID support about the client.</translation>
    </message>
    <message>
        <source>The configuration file says the key is for the algorithm %1, which does not fit the key itself, so HelseID would refuse every sign-in. Download the configuration file from the portal again.</source>
        <translation>The configuration file says the key is for the algorithm %1, which does not fit the key itself, so HelseID would refuse every sign-in. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The key ID (kid) in the configuration file is malformed, so HelseID would not recognize the key. Download the configuration file from the portal again.</source>
        <translation>The key ID (kid) in the configuration file is malformed, so HelseID would not recognize the key. Download the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file holds an address that is neither https nor on this computer; it is left out.</source>
        <translation>The field «%1» in the configuration file holds an address that is neither https nor on this computer; it is left out.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationValidator</name>
    <message>
        <source>The HelseID address in the file (%1) was not checked against an environment. Choose TEST or production to have it checked.</source>
        <translation>The HelseID address in the file (%1) was not checked against an environment. Choose TEST or production to have it checked.</translation>
    </message>
    <message>
        <source>This configuration file is for the HelseID at %1, but the environment you chose uses %2. Choose the environment the file was made for, or get a configuration file from the portal of the environment you want.</source>
        <translation>This configuration file is for the HelseID at %1, but the environment you chose uses %2. Choose the environment the file was made for, or get a configuration file from the portal of the environment you want.</translation>
    </message>
    <message>
        <source>The client has only the old SFM scope «%1», which is being phased out and does not work with DPoP. Add «%2» to the client in the portal.</source>
        <translation>The client has only the old SFM scope «%1», which is being phased out and does not work with DPoP. Add «%2» to the client in the portal.</translation>
    </message>
    <message>
        <source>The client does not have the SFM scope «%1», so the journal system cannot use SFM with it. Add the scope to the client in the portal, or check that this is the right file.</source>
        <translation>The client does not have the SFM scope «%1», so the journal system cannot use SFM with it. Add the scope to the client in the portal, or check that this is the right file.</translation>
    </message>
    <message>
        <source>The client lacks scopes the journal system&apos;s vendor expects: %1. Add them to the client in the portal if the journal system needs them.</source>
        <translation>The client lacks scopes the journal system&apos;s vendor expects: %1. Add them to the client in the portal if the journal system needs them.</translation>
    </message>
    <message>
        <source>The client does not have the scope «%1», so its key cannot be renewed automatically: renew it in the portal before it expires. NHN recommends adding this scope.</source>
        <translation>The client does not have the scope «%1», so its key cannot be renewed automatically: renew it in the portal before it expires. NHN recommends adding this scope.</translation>
    </message>
    <message>
        <source>The file says the key has %1 bits, but it has %2. The key itself is used.</source>
        <translation>The file says the key has %1 bits, but it has %2. The key itself is used.</translation>
    </message>
</context>
<context>
    <name>PracticeSimulator</name>
    <message>
        <source>Practice mode is not running.</source>
        <translation>Practice mode is not running.</translation>
    </message>
    <message>
        <source>Practice mode is not installed. Choose the test environment.</source>
        <translation>Practice mode is not installed. Choose the test environment.</translation>
    </message>
    <message>
        <source>Practice mode could not be started. Choose the test environment.</source>
        <translation>Practice mode could not be started. Choose the test environment.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Could not write %1. Check that the folder exists, that you may write there and that the disk is not full.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>ServiceFactory</name>
    <message>
        <source>%1 The onboarding goes on with the vendor profile found now.</source>
        <translation>%1 The onboarding goes on with the vendor profile found now.</translation>
    </message>
</context>
<context>
    <name>VendorProfile</name>
    <message>
        <source>The vendor profile is not valid: %1 %2. Ask the EPJ vendor for a corrected profile.</source>
        <translation>The vendor profile is not valid: %1 %2. Ask the EPJ vendor for a corrected profile.</translation>
    </message>
    <message>
        <source>is larger than any vendor profile</source>
        <translation>is larger than any vendor profile</translation>
    </message>
    <message>
        <source>The vendor profile is not a JSON object. Ask the EPJ vendor for a corrected profile.</source>
        <translation>The vendor profile is not a JSON object. Ask the EPJ vendor for a corrected profile.</translation>
    </message>
    <message>
        <source>The vendor profile has a schema version this program does not support. Update the program or ask the EPJ vendor for a profile of version 1.</source>
        <translation>The vendor profile has a schema version this program does not support. Update the program or ask the EPJ vendor for a profile of version 1.</translation>
    </message>
    <message>
        <source>is missing or too long</source>
        <translation>is missing or too long</translation>
    </message>
    <message>
        <source>must be an object of environment names and keys</source>
        <translation>must be an object of environment names and keys</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>must be a non-empty text</translation>
    </message>
    <message>
        <source>must list at least one scope</source>
        <translation>must list at least one scope</translation>
    </message>
    <message>
        <source>holds an entry without a valid name</source>
        <translation>holds an entry without a valid name</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>is listed twice</translation>
    </message>
    <message>
        <source>must be &quot;preselected&quot; or &quot;available&quot;</source>
        <translation>must be &quot;preselected&quot; or &quot;available&quot;</translation>
    </message>
    <message>
        <source>must be &quot;none&quot; or &quot;audienceClaimWhenExisting&quot;</source>
        <translation>must be &quot;none&quot; or &quot;audienceClaimWhenExisting&quot;</translation>
    </message>
    <message>
        <source>is empty or too long</source>
        <translation>is empty or too long</translation>
    </message>
    <message>
        <source>must be a list of addresses</source>
        <translation>must be a list of addresses</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>must start with /</translation>
    </message>
    <message>
        <source>must be an absolute address</source>
        <translation>must be an absolute address</translation>
    </message>
    <message>
        <source>must be &quot;loopback&quot; or &quot;fixed&quot;</source>
        <translation>must be &quot;loopback&quot; or &quot;fixed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;jsonString&quot; or &quot;jsonObject&quot;</source>
        <translation>must be &quot;jsonString&quot; or &quot;jsonObject&quot;</translation>
    </message>
    <message>
        <source>The vendor profile %1 could not be opened. Check the path and that you may read it.</source>
        <translation>The vendor profile %1 could not be opened. Check the path and that you may read it.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a loopback address such as http://localhost/callback or http://127.0.0.1:47813/callback</source>
        <translation>must be a loopback address such as http://localhost/callback or http://127.0.0.1:47813/callback</translation>
    </message>
    <message>
        <source>must name one fixed port for production</source>
        <translation>must name one fixed port for production</translation>
    </message>
    <message>
        <source>must list some of &quot;keychain&quot;, &quot;file&quot; and &quot;transfer&quot;, each once</source>
        <translation>must list some of &quot;keychain&quot;, &quot;file&quot; and &quot;transfer&quot;, each once</translation>
    </message>
    <message>
        <source>must list at least one destination</source>
        <translation>must list at least one destination</translation>
    </message>
    <message>
        <source>must be one of the supported destinations</source>
        <translation>must be one of the supported destinations</translation>
    </message>
    <message>
        <source>is not an environment (use demo, test, prod or custom)</source>
        <translation>is not an environment (use demo, test, prod or custom)</translation>
    </message>
    <message>
        <source>holds «%1», which is neither an https address nor an http address on this computer</source>
        <translation>holds «%1», which is neither an https address nor an http address on this computer</translation>
    </message>
    <message>
        <source>must go on after {portal} with /, ? or #</source>
        <translation>must go on after {portal} with /, ? or #</translation>
    </message>
</context>
<context>
    <name>VendorProfileLocator</name>
    <message>
        <source>given on the command line</source>
        <translation>given on the command line</translation>
    </message>
    <message>
        <source>chosen in the settings</source>
        <translation>chosen in the settings</translation>
    </message>
    <message>
        <source>found beside the program</source>
        <translation>found beside the program</translation>
    </message>
    <message>
        <source>found in the system folder</source>
        <translation>found in the system folder</translation>
    </message>
    <message>
        <source>found in your own settings folder</source>
        <translation>found in your own settings folder</translation>
    </message>
    <message>
        <source>built in, for practice mode</source>
        <translation>built in, for practice mode</translation>
    </message>
    <message>
        <source>the built-in practice profile</source>
        <translation>the built-in practice profile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The vendor profile %1 (%2) cannot be used: %3</source>
        <translation>The vendor profile %1 (%2) cannot be used: %3</translation>
    </message>
    <message>
        <source>There are several vendor profiles in %1 (%2), and the program cannot tell which one to use. Keep only your EPJ vendor&apos;s profile there, or choose one with --profile FILE or in the settings.</source>
        <translation>There are several vendor profiles in %1 (%2), and the program cannot tell which one to use. Keep only your EPJ vendor&apos;s profile there, or choose one with --profile FILE or in the settings.</translation>
    </message>
    <message>
        <source>No vendor profile was found (looked in: %1). The vendor profile is a small .json file from your EPJ vendor that names its Klientmal; ask the vendor for it, then put it in one of these folders or give it with --profile FILE. Practice mode needs no profile.</source>
        <translation>No vendor profile was found (looked in: %1). The vendor profile is a small .json file from your EPJ vendor that names its Klientmal; ask the vendor for it, then put it in one of these folders or give it with --profile FILE. Practice mode needs no profile.</translation>
    </message>
    <message>
        <source>the one this onboarding was started with</source>
        <translation>the one this onboarding was started with</translation>
    </message>
</context>
<context>
    <name>ZipMethodCheck</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>The zip file is damaged or incomplete. Download it from the portal again.</translation>
    </message>
    <message>
        <source>The zip file uses the compression method %1, which a HelseID portal zip does not use and this program does not open (it reads stored and deflated entries only). Extract the JSON file with another tool and import that file.</source>
        <translation>The zip file uses the compression method %1, which a HelseID portal zip does not use and this program does not open (it reads stored and deflated entries only). Extract the JSON file with another tool and import that file.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchFile</name>
    <message>
        <source>Could not read the batch file %1. Check the name and that you may read it.</source>
        <translation>Could not read the batch file %1. Check the name and that you may read it.</translation>
    </message>
    <message>
        <source>The batch file %1 is larger than 16 MB. Split it into several files.</source>
        <translation>The batch file %1 is larger than 16 MB. Split it into several files.</translation>
    </message>
    <message>
        <source>The batch file has no header row. Row 1 must name the columns, e.g. organizationNumber;journalName.</source>
        <translation>The batch file has no header row. Row 1 must name the columns, e.g. organizationNumber;journalName.</translation>
    </message>
    <message>
        <source>The batch file has columns this program does not know: %1. Known columns are organizationNumber, journalName, childOrganizationNumbers, sfmId, scopes, contactEmail and language (or organisasjonsnummer, journalnavn, underenheter, sfm-id, e-post, språk). Rename or remove the others.</source>
        <translation>The batch file has columns this program does not know: %1. Known columns are organizationNumber, journalName, childOrganizationNumbers, sfmId, scopes, contactEmail and language (or organisasjonsnummer, journalnavn, underenheter, sfm-id, e-post, språk). Rename or remove the others.</translation>
    </message>
    <message>
        <source>The batch file names a column twice: %1. Keep one of them.</source>
        <translation>The batch file names a column twice: %1. Keep one of them.</translation>
    </message>
    <message>
        <source>The batch file lacks the column %1. Row 1 must name it.</source>
        <translation>The batch file lacks the column %1. Row 1 must name it.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchReport</name>
    <message>
        <source>Correct the row and run the file again.</source>
        <translation>Correct the row and run the file again.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.</source>
        <translation>
            <numerusform>%n row: %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.</numerusform>
            <numerusform>%n rows: %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchValidator</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>the organization number is missing.</source>
        <translation>the organization number is missing.</translation>
    </message>
    <message>
        <source>the journal name is missing; it tells this journal apart from the organization&apos;s others.</source>
        <translation>the journal name is missing; it tells this journal apart from the organization&apos;s others.</translation>
    </message>
    <message>
        <source>child unit %1: %2</source>
        <translation>child unit %1: %2</translation>
    </message>
    <message>
        <source>a child unit cannot have the same number as the organization itself.</source>
        <translation>a child unit cannot have the same number as the organization itself.</translation>
    </message>
    <message>
        <source>the vendor profile does not offer the scope %1.</source>
        <translation>the vendor profile does not offer the scope %1.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» is not an e-mail address.</translation>
    </message>
    <message>
        <source>the language must be nb, nn or en, not «%1».</source>
        <translation>the language must be nb, nn or en, not «%1».</translation>
    </message>
    <message>
        <source>the row has values in a column without a name in row 1: %1.</source>
        <translation>the row has values in a column without a name in row 1: %1.</translation>
    </message>
    <message>
        <source>the journal «%1» of %2 is already in row %3. A journal is set up once; remove one of the rows or give the journals different names.</source>
        <translation>the journal «%1» of %2 is already in row %3. A journal is set up once; remove one of the rows or give the journals different names.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::CsvReader</name>
    <message>
        <source>Row %1 opens a quotation mark that is never closed. Check that row in the spreadsheet, or save the file again as CSV.</source>
        <translation>Row %1 opens a quotation mark that is never closed. Check that row in the spreadsheet, or save the file again as CSV.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingAttention</name>
    <message>
        <source>Customer: confirm in the portal</source>
        <translation>Customer: confirm in the portal</translation>
    </message>
    <message>
        <source>Customer: sign the documents</source>
        <translation>Customer: sign the documents</translation>
    </message>
    <message>
        <source>You: resume</source>
        <translation>You: resume</translation>
    </message>
    <message>
        <source>You: look at the error</source>
        <translation>You: look at the error</translation>
    </message>
    <message>
        <source>You: export the configuration</source>
        <translation>You: export the configuration</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>%1 of %2 accesses ready</source>
        <translation>%1 of %2 accesses ready</translation>
    </message>
    <message>
        <source>All accesses ready</source>
        <translation>All accesses ready</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingFiles</name>
    <message>
        <source>Could not move the onboarding file to %1. Check the folder&apos;s permissions.</source>
        <translation>Could not move the onboarding file to %1. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Check its permissions.</source>
        <translation>Could not delete the key file %1. Check its permissions.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SelfServiceClient</name>
    <message>
        <source>The self-service API did not accept the Klientmal API key of the vendor profile. Ask the EPJ vendor for a valid key for this environment.</source>
        <translation>The self-service API did not accept the Klientmal API key of the vendor profile. Ask the EPJ vendor for a valid key for this environment.</translation>
    </message>
    <message>
        <source>the client draft</source>
        <translation>the client draft</translation>
    </message>
    <message>
        <source>reading the client&apos;s status</source>
        <translation>reading the client&apos;s status</translation>
    </message>
    <message>
        <source>updating the client</source>
        <translation>updating the client</translation>
    </message>
    <message>
        <source>registering the new key</source>
        <translation>registering the new key</translation>
    </message>
    <message>
        <source>listing the client&apos;s keys</source>
        <translation>listing the client&apos;s keys</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SystemBrowser</name>
    <message>
        <source>The web browser could not be opened. Open this address in a browser yourself: %1</source>
        <translation>The web browser could not be opened. Open this address in a browser yourself: %1</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::TokenClient</name>
    <message>
        <source>The client id or its private key is missing, so no token can be requested. Import or create the key first.</source>
        <translation>The client id or its private key is missing, so no token can be requested. Import or create the key first.</translation>
    </message>
    <message>
        <source>HelseID answered with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID answered with another kind of token than the DPoP token asked for. Contact support with the technical details.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::UserLogin</name>
    <message>
        <source>A login is already running.</source>
        <translation>A login is already running.</translation>
    </message>
    <message>
        <source>The client id or its private key is missing, so nobody can log in with this client yet.</source>
        <translation>The client id or its private key is missing, so nobody can log in with this client yet.</translation>
    </message>
    <message>
        <source>The test person login exists only in the test environment. In production a real person logs in.</source>
        <translation>The test person login exists only in the test environment. In production a real person logs in.</translation>
    </message>
    <message>
        <source>Nobody finished the login in the browser in time. Start the login again.</source>
        <translation>Nobody finished the login in the browser in time. Start the login again.</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>You are logged in</translation>
    </message>
    <message>
        <source>You can close this window and go back to the program.</source>
        <translation>You can close this window and go back to the program.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>The login did not succeed</translation>
    </message>
    <message>
        <source>Go back to the program to try again.</source>
        <translation>Go back to the program to try again.</translation>
    </message>
    <message>
        <source>The login needs the local port %1, and another program uses it. Close that program and try again.</source>
        <translation>The login needs the local port %1, and another program uses it. Close that program and try again.</translation>
    </message>
    <message>
        <source>Could not open a local port for the login&apos;s answer.</source>
        <translation>Could not open a local port for the login&apos;s answer.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>The login was cancelled.</translation>
    </message>
    <message>
        <source>HelseID does not offer the login this program uses (pushed authorization requests).</source>
        <translation>HelseID does not offer the login this program uses (pushed authorization requests).</translation>
    </message>
    <message>
        <source>This login is over.</source>
        <translation>This login is over.</translation>
    </message>
    <message>
        <source>The answer did not come from the HelseID this login went to. Nothing was kept.</source>
        <translation>The answer did not come from the HelseID this login went to. Nothing was kept.</translation>
    </message>
    <message>
        <source>HelseID did not let the login through: it was cancelled, or the person does not meet the requirements. HelseID said: %1</source>
        <translation>HelseID did not let the login through: it was cancelled, or the person does not meet the requirements. HelseID said: %1</translation>
    </message>
    <message>
        <source>HelseID refused the login: %1 %2</source>
        <translation>HelseID refused the login: %1 %2</translation>
    </message>
    <message>
        <source>The answer carried no login code.</source>
        <translation>The answer carried no login code.</translation>
    </message>
    <message>
        <source>HelseID answered the login with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID answered the login with another kind of token than the DPoP token asked for. Contact support with the technical details.</translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the login could not be read. Try again; if it happens again, contact support with the technical details.</source>
        <translation>HelseID&apos;s answer to the login could not be read. Try again; if it happens again, contact support with the technical details.</translation>
    </message>
    <message>
        <source>The login&apos;s identity token does not belong to this login (issuer, client or nonce differ). Nothing was kept. Try again.</source>
        <translation>The login&apos;s identity token does not belong to this login (issuer, client or nonce differ). Nothing was kept. Try again.</translation>
    </message>
</context>
<context>
    <name>sfm::net::LoopbackListener</name>
    <message>
        <source>The local address for the browser&apos;s answer is not valid any more.</source>
        <translation>The local address for the browser&apos;s answer is not valid any more.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser&apos;s answer.</source>
        <translation>Could not open a local port for the browser&apos;s answer.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language code of the page the browser shows after it came back to the program.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>You can close this window.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ConfirmationListener</name>
    <message>
        <source>Could not open a local port to notice the confirmation. The onboarding still notices it by checking with HelseID, only a little later.</source>
        <translation>Could not open a local port to notice the confirmation. The onboarding still notices it by checking with HelseID, only a little later.</translation>
    </message>
    <message>
        <source>The client is confirmed</source>
        <translation>The client is confirmed</translation>
    </message>
    <message>
        <source>Thank you! You can close this window. The wizard continues by itself: next, the agreement documents must be signed.</source>
        <translation>Thank you! You can close this window. The wizard continues by itself: next, the agreement documents must be signed.</translation>
    </message>
    <message>
        <source>The client was not confirmed</source>
        <translation>The client was not confirmed</translation>
    </message>
    <message>
        <source>The portal answered with status “%1”. You can open the confirmation link again and try once more.</source>
        <translation>The portal answered with status “%1”. You can open the confirmation link again and try once more.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ContactDetails</name>
    <message>
        <source>«%1» is not an e-mail address. Give one address such as post@kommune.no, or leave it empty.</source>
        <translation>«%1» is not an e-mail address. Give one address such as post@kommune.no, or leave it empty.</translation>
    </message>
    <message>
        <source>The contact&apos;s language must be nb (Bokmål), nn (Nynorsk) or en (English), not «%1».</source>
        <translation>The contact&apos;s language must be nb (Bokmål), nn (Nynorsk) or en (English), not «%1».</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::Onboarding</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The onboarding has no network access configured. This is a program error; restart the program.</source>
        <translation>The onboarding has no network access configured. This is a program error; restart the program.</translation>
    </message>
    <message>
        <source>This onboarding has no key yet. Make or import the key first.</source>
        <translation>This onboarding has no key yet. Make or import the key first.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in a passphrase-protected file. Give the passphrase to continue.</source>
        <translation>The private key of this onboarding is kept in a passphrase-protected file. Give the passphrase to continue.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in the keychain, which is not available now. Start the keychain service, then try again.</source>
        <translation>The private key of this onboarding is kept in the keychain, which is not available now. Start the keychain service, then try again.</translation>
    </message>
    <message>
        <source>The key found in the secret store is not the key this onboarding registered. Do not change keychain entries by hand; start a new onboarding.</source>
        <translation>The key found in the secret store is not the key this onboarding registered. Do not change keychain entries by hand; start a new onboarding.</translation>
    </message>
    <message>
        <source>There is no place to keep the private key. Choose the keychain or a passphrase-protected file, then try again.</source>
        <translation>There is no place to keep the private key. Choose the keychain or a passphrase-protected file, then try again.</translation>
    </message>
    <message>
        <source>Storing the private key in the keychain…</source>
        <translation>Storing the private key in the keychain…</translation>
    </message>
    <message>
        <source>Storing the private key in the passphrase-protected file…</source>
        <translation>Storing the private key in the passphrase-protected file…</translation>
    </message>
    <message>
        <source>The key is ready (key ID %1).</source>
        <translation>The key is ready (key ID %1).</translation>
    </message>
    <message>
        <source>The key pair could not be made. Try again.</source>
        <translation>The key pair could not be made. Try again.</translation>
    </message>
    <message>
        <source>An earlier registration attempt got no answer, so a new client draft is made. If the earlier one was created at all, it is harmless: nobody can confirm it without its link.</source>
        <translation>An earlier registration attempt got no answer, so a new client draft is made. If the earlier one was created at all, it is harmless: nobody can confirm it without its link.</translation>
    </message>
    <message>
        <source>Registering the client draft with HelseID…</source>
        <translation>Registering the client draft with HelseID…</translation>
    </message>
    <message>
        <source>The answer to the registration was lost (%1). Try again: a new client draft will be made. If the first one was created, it is harmless: nobody can confirm it without its link.</source>
        <translation>The answer to the registration was lost (%1). Try again: a new client draft will be made. If the first one was created, it is harmless: nobody can confirm it without its link.</translation>
    </message>
    <message>
        <source>The client draft is registered (client ID %1).</source>
        <translation>The client draft is registered (client ID %1).</translation>
    </message>
    <message>
        <source>Waiting for confirmation in the portal. Open this link, or send it to the person who confirms: %1</source>
        <translation>Waiting for confirmation in the portal. Open this link, or send it to the person who confirms: %1</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed and for access to be granted…</source>
        <translation>Waiting for the agreement documents to be signed and for access to be granted…</translation>
    </message>
    <message>
        <source>The client is confirmed.</source>
        <translation>The client is confirmed.</translation>
    </message>
    <message>
        <source>Ready: the client has access.</source>
        <translation>Ready: the client has access.</translation>
    </message>
    <message>
        <source>Ready: the client has access. SFM-id: %1</source>
        <translation>Ready: the client has access. SFM-id: %1</translation>
    </message>
    <message>
        <source>The portal answered «%1» instead of a confirmation. The client is not confirmed yet; open the confirmation link again to confirm it.</source>
        <translation>The portal answered «%1» instead of a confirmation. The client is not confirmed yet; open the confirmation link again to confirm it.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n day(s). Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>
            <numerusform>Stopped waiting after %n day. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</numerusform>
            <numerusform>Stopped waiting after %n days. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting: the time allowed for waiting has passed. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>Stopped waiting: the time allowed for waiting has passed. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</translation>
    </message>
    <message>
        <source>The client is already registered; its setup can no longer be changed. Start a new onboarding instead.</source>
        <translation>The client is already registered; its setup can no longer be changed. Start a new onboarding instead.</translation>
    </message>
    <message>
        <source>A registration was already sent; its setup can no longer be changed. Resume it, or start a new onboarding.</source>
        <translation>A registration was already sent; its setup can no longer be changed. Resume it, or start a new onboarding.</translation>
    </message>
    <message>
        <source>This step does not fit where the onboarding is now (%1).</source>
        <translation>This step does not fit where the onboarding is now (%1).</translation>
    </message>
    <message>
        <source>Making the key pair (RSA %1 bits, %2). This can take a few seconds…</source>
        <translation>Making the key pair (RSA %1 bits, %2). This can take a few seconds…</translation>
    </message>
    <message>
        <source>Making the key pair (%1)…</source>
        <translation>Making the key pair (%1)…</translation>
    </message>
    <message>
        <source>This key has no private part, so it cannot be used to sign in. Choose the private key file.</source>
        <translation>This key has no private part, so it cannot be used to sign in. Choose the private key file.</translation>
    </message>
    <message>
        <source>The vendor profile has no API key for this environment, so the client draft cannot be made automatically. Get the Klientmal&apos;s API key from the EPJ vendor, or choose Alternative 2 or 3.</source>
        <translation>The vendor profile has no API key for this environment, so the client draft cannot be made automatically. Get the Klientmal&apos;s API key from the EPJ vendor, or choose Alternative 2 or 3.</translation>
    </message>
    <message>
        <source>Enter the client ID exactly as the portal shows it.</source>
        <translation>Enter the client ID exactly as the portal shows it.</translation>
    </message>
    <message>
        <source>The client is registered (client ID %1).</source>
        <translation>The client is registered (client ID %1).</translation>
    </message>
    <message>
        <source>Import the configuration file from the portal (or enter the client ID) to continue.</source>
        <translation>Import the configuration file from the portal (or enter the client ID) to continue.</translation>
    </message>
    <message>
        <source>The onboarding is cancelled.</source>
        <translation>The onboarding is cancelled.</translation>
    </message>
    <message>
        <source>The configuration can be exported when the client is ready (now: %1).</source>
        <translation>The configuration can be exported when the client is ready (now: %1).</translation>
    </message>
    <message>
        <source>Could not write the configuration to %1. Choose another place.</source>
        <translation>Could not write the configuration to %1. Choose another place.</translation>
    </message>
    <message>
        <source>There is no client yet to get a token for.</source>
        <translation>There is no client yet to get a token for.</translation>
    </message>
    <message>
        <source>A client ID can only be given when the answer to a registration was lost.</source>
        <translation>A client ID can only be given when the answer to a registration was lost.</translation>
    </message>
    <message>
        <source>The key does not fit the signing algorithm %1 it was registered for. Import the configuration file from the portal again.</source>
        <translation>The key does not fit the signing algorithm %1 it was registered for. Import the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The key ID is malformed. Import the configuration file from the portal again.</source>
        <translation>The key ID is malformed. Import the configuration file from the portal again.</translation>
    </message>
    <message>
        <source>The old key is kept in another secret store than the one open now; it was left where it is.</source>
        <translation>The old key is kept in another secret store than the one open now; it was left where it is.</translation>
    </message>
    <message>
        <source>In HelseID&apos;s self-service portal: open Klienter and the client %1, add a new key, download the new configuration file, then import it here (sfmctl import) and export the EPJ configuration again.</source>
        <translation>In HelseID&apos;s self-service portal: open Klienter and the client %1, add a new key, download the new configuration file, then import it here (sfmctl import) and export the EPJ configuration again.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal before %1.</source>
        <translation>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal before %1.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal.</source>
        <translation>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal.</translation>
    </message>
    <message>
        <source>A key can be renewed once the client is ready (now: %1).</source>
        <translation>A key can be renewed once the client is ready (now: %1).</translation>
    </message>
    <message>
        <source>Key renewal 1/4: making the new key pair…</source>
        <translation>Key renewal 1/4: making the new key pair…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: registering the new key with HelseID…</source>
        <translation>Key renewal 2/4: registering the new key with HelseID…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: asking HelseID which keys it has for the client…</source>
        <translation>Key renewal 2/4: asking HelseID which keys it has for the client…</translation>
    </message>
    <message>
        <source>HelseID did not answer whether it registered the new key. The key in use still works. Try again later: HelseID is asked first, so the new key is never registered twice.</source>
        <translation>HelseID did not answer whether it registered the new key. The key in use still works. Try again later: HelseID is asked first, so the new key is never registered twice.</translation>
    </message>
    <message>
        <source>Key renewal 3/4: getting a token with the new key…</source>
        <translation>Key renewal 3/4: getting a token with the new key…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the EPJ configuration with the new key ID…</source>
        <translation>Key renewal 4/4: writing the EPJ configuration with the new key ID…</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1); it expires on %2.</source>
        <translation>The key is renewed (key ID %1); it expires on %2.</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1).</source>
        <translation>The key is renewed (key ID %1).</translation>
    </message>
    <message>
        <source>The key expired on %1, so HelseID no longer accepts it, and it cannot authorise its own renewal. In HelseID&apos;s self-service portal: open Klienter and the client %2, add a new key, download the new configuration file, then import it here (sfmctl import).</source>
        <translation>The key expired on %1, so HelseID no longer accepts it, and it cannot authorise its own renewal. In HelseID&apos;s self-service portal: open Klienter and the client %2, add a new key, download the new configuration file, then import it here (sfmctl import).</translation>
    </message>
    <message>
        <source>The old key&apos;s grace period is over; it is removed from the secret store.</source>
        <translation>The old key&apos;s grace period is over; it is removed from the secret store.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Renew the key when it is done.</source>
        <translation>Another step of this onboarding is under way. Renew the key when it is done.</translation>
    </message>
    <message>
        <source>The EPJ configuration is written again to %1.</source>
        <translation>The EPJ configuration is written again to %1.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Change the scopes when it is done.</source>
        <translation>Another step of this onboarding is under way. Change the scopes when it is done.</translation>
    </message>
    <message>
        <source>Scopes can be changed once the client is ready (now: %1).</source>
        <translation>Scopes can be changed once the client is ready (now: %1).</translation>
    </message>
    <message>
        <source>This client cannot change its scopes itself: it does not have the scope nhn:selvbetjening/client. Change them in HelseID&apos;s self-service portal (Klienter, the client %1), then import the new configuration file.</source>
        <translation>This client cannot change its scopes itself: it does not have the scope nhn:selvbetjening/client. Change them in HelseID&apos;s self-service portal (Klienter, the client %1), then import the new configuration file.</translation>
    </message>
    <message>
        <source>The scope nhn:selvbetjening/client cannot be removed: without it the client can neither read its status nor renew its key.</source>
        <translation>The scope nhn:selvbetjening/client cannot be removed: without it the client can neither read its status nor renew its key.</translation>
    </message>
    <message>
        <source>The scope %1 is both added and removed.</source>
        <translation>The scope %1 is both added and removed.</translation>
    </message>
    <message>
        <source>The vendor profile does not offer the scope %1.</source>
        <translation>The vendor profile does not offer the scope %1.</translation>
    </message>
    <message>
        <source>The client already has these scopes; there is nothing to change.</source>
        <translation>The client already has these scopes; there is nothing to change.</translation>
    </message>
    <message>
        <source>Reading the client from HelseID…</source>
        <translation>Reading the client from HelseID…</translation>
    </message>
    <message>
        <source>Writing the client back to HelseID with the new scopes…</source>
        <translation>Writing the client back to HelseID with the new scopes…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the new key to the EPJ&apos;s key file…</source>
        <translation>Key renewal 4/4: writing the new key to the EPJ&apos;s key file…</translation>
    </message>
    <message>
        <source>This client cannot see whether the agreement documents are signed (it lacks the scope «%1»). Check in the portal that they are signed and say so, or run the test login as a prescriber: it proves that SFM accepts the client.</source>
        <translation>This client cannot see whether the agreement documents are signed (it lacks the scope «%1»). Check in the portal that they are signed and say so, or run the test login as a prescriber: it proves that SFM accepts the client.</translation>
    </message>
    <message>
        <source>The address the portal sends the browser to after Confirm (port %1 on this computer) can no longer be used, so the browser will show an error page after the confirmation. That is harmless: the regular check notices the confirmation by itself.</source>
        <translation>The address the portal sends the browser to after Confirm (port %1 on this computer) can no longer be used, so the browser will show an error page after the confirmation. That is harmless: the regular check notices the confirmation by itself.</translation>
    </message>
    <message>
        <source>The clock on this computer differs from HelseID&apos;s by %1. While it is off, HelseID may refuse the requests of this program and of the EPJ: set the computer&apos;s clock right (turn on automatic time).</source>
        <translation>The clock on this computer differs from HelseID&apos;s by %1. While it is off, HelseID may refuse the requests of this program and of the EPJ: set the computer&apos;s clock right (turn on automatic time).</translation>
    </message>
    <message>
        <source>assigned by HelseID — visible after the first login</source>
        <translation>assigned by HelseID — visible after the first login</translation>
    </message>
    <message>
        <source>The token does not carry the scope «%1», so SFM would refuse it: access to SFM is not granted yet (are the agreement documents signed?).</source>
        <translation>The token does not carry the scope «%1», so SFM would refuse it: access to SFM is not granted yet (are the agreement documents signed?).</translation>
    </message>
    <message>
        <source>The token has no SFM-id (the claim «%1»), so SFM would refuse it: HelseID has not assigned one to the client yet.</source>
        <translation>The token has no SFM-id (the claim «%1»), so SFM would refuse it: HelseID has not assigned one to the client yet.</translation>
    </message>
    <message>
        <source>The login&apos;s security level is «%1», and SFM needs 4.</source>
        <translation>The login&apos;s security level is «%1», and SFM needs 4.</translation>
    </message>
    <message>
        <source>A test login is already running.</source>
        <translation>A test login is already running.</translation>
    </message>
    <message>
        <source>There is no client yet to log in with.</source>
        <translation>There is no client yet to log in with.</translation>
    </message>
    <message>
        <source>Logging in as a prescriber in the browser…</source>
        <translation>Logging in as a prescriber in the browser…</translation>
    </message>
    <message>
        <source>This client reads its own status from HelseID, so the program sees the signing by itself.</source>
        <translation>This client reads its own status from HelseID, so the program sees the signing by itself.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>SFM needs a user: a token for «%1» comes only from a user login. Use the test login as a prescriber instead.</source>
        <translation>SFM needs a user: a token for «%1» comes only from a user login. Use the test login as a prescriber instead.</translation>
    </message>
    <message>
        <source>HelseID does not know the client as confirmed yet. The program checks again by itself; right after a confirmation, HelseID may need a minute.</source>
        <translation>HelseID does not know the client as confirmed yet. The program checks again by itself; right after a confirmation, HelseID may need a minute.</translation>
    </message>
    <message>
        <source>The portal reports the client as confirmed. Checking with HelseID…</source>
        <translation>The portal reports the client as confirmed. Checking with HelseID…</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OnboardingData</name>
    <message>
        <source>The onboarding file is damaged or from an unknown version. Start a new onboarding, or ask support to look at the file.</source>
        <translation>The onboarding file is damaged or from an unknown version. Start a new onboarding, or ask support to look at the file.</translation>
    </message>
    <message>
        <source>Enter the journal&apos;s SFM-id.</source>
        <translation>Enter the journal&apos;s SFM-id.</translation>
    </message>
    <message>
        <source>An SFM-id has at most 50 characters; this one has %1.</source>
        <translation>An SFM-id has at most 50 characters; this one has %1.</translation>
    </message>
    <message>
        <source>An SFM-id may contain letters, digits, «.», «-» and «_» only. Copy it again from the journal&apos;s configuration.</source>
        <translation>An SFM-id may contain letters, digits, «.», «-» and «_» only. Copy it again from the journal&apos;s configuration.</translation>
    </message>
    <message>
        <source>The environment&apos;s addresses are incomplete. Choose the environment again or check the custom addresses.</source>
        <translation>The environment&apos;s addresses are incomplete. Choose the environment again or check the custom addresses.</translation>
    </message>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Child unit %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>A child unit cannot have the same number as the organization itself.</translation>
    </message>
    <message>
        <source>Choose at least one scope (API access) for the client.</source>
        <translation>Choose at least one scope (API access) for the client.</translation>
    </message>
    <message>
        <source>An RSA key must have at least %1 bits.</source>
        <translation>An RSA key must have at least %1 bits.</translation>
    </message>
    <message>
        <source>The onboarding file names its vendor profile by something other than a file on this computer (field vendorProfile). The file was changed outside this program; it is not used.</source>
        <translation>The onboarding file names its vendor profile by something other than a file on this computer (field vendorProfile). The file was changed outside this program; it is not used.</translation>
    </message>
    <message>
        <source>The onboarding file&apos;s contact is not usable: %1</source>
        <translation>The onboarding file&apos;s contact is not usable: %1</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OrganizationNumber</name>
    <message>
        <source>Enter the organization number (9 digits).</source>
        <translation>Enter the organization number (9 digits).</translation>
    </message>
    <message>
        <source>An organization number has digits only. Check what you typed and try again.</source>
        <translation>An organization number has digits only. Check what you typed and try again.</translation>
    </message>
    <message>
        <source>An organization number has exactly 9 digits; this one has %1.</source>
        <translation>An organization number has exactly 9 digits; this one has %1.</translation>
    </message>
    <message>
        <source>This is not a valid organization number (the check digit does not match). Check it in Enhetsregisteret (brreg.no) and try again.</source>
        <translation>This is not a valid organization number (the check digit does not match). Check it in Enhetsregisteret (brreg.no) and try again.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::State</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Key ready</source>
        <translation>Key ready</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting for confirmation in the portal</source>
        <translation>Waiting for confirmation in the portal</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Waiting for signing and access</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Configuration exported</source>
        <translation>Configuration exported</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Stopped by an error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>sfm::storage::EncryptedFileSecretStore</name>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>There is no private key to store. Make or import the key again.</translation>
    </message>
    <message>
        <source>The key file is damaged or is not an encrypted private key. Choose the right file, or start a new onboarding.</source>
        <translation>The key file is damaged or is not an encrypted private key. Choose the right file, or start a new onboarding.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file. Check the passphrase and try again.</source>
        <translation>The passphrase does not open the key file. Check the passphrase and try again.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Use the computer where the onboarding was started, or start a new onboarding.</source>
        <translation>The key file %1 does not exist. Use the computer where the onboarding was started, or start a new onboarding.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Delete it by hand.</source>
        <translation>Could not delete the key file %1. Delete it by hand.</translation>
    </message>
    <message>
        <source>The key could not be encrypted for the key file. Try again; if it keeps failing, ask support.</source>
        <translation>The key could not be encrypted for the key file. Try again; if it keeps failing, ask support.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Choose one of at least %1 characters: anyone who gets a copy of the key file can try passphrases on it without limit, and a short one is soon found. Keep it safe: without it the key cannot be used.</source>
        <translation>The passphrase is too short. Choose one of at least %1 characters: anyone who gets a copy of the key file can try passphrases on it without limit, and a short one is soon found. Keep it safe: without it the key cannot be used.</translation>
    </message>
</context>
<context>
    <name>sfm::storage::KeychainSecretStore</name>
    <message>
        <source>The private key is not in the keychain (it may have been deleted, or this is another user account or computer). Use the computer and user account where the onboarding was started, or start a new onboarding.</source>
        <translation>The private key is not in the keychain (it may have been deleted, or this is another user account or computer). Use the computer and user account where the onboarding was started, or start a new onboarding.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow the application to use the keychain when asked, then try again.</source>
        <translation>Access to the keychain was refused. Allow the application to use the keychain when asked, then try again.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked). Unlock your keychain, then try again.</source>
        <translation>The keychain refused access (it may be locked). Unlock your keychain, then try again.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the private key cannot be stored safely there. Start the system&apos;s keychain service (on Linux e.g. GNOME Keyring or KWallet) and try again, or choose to keep the key in a passphrase-protected file.</source>
        <translation>No keychain is available on this computer, so the private key cannot be stored safely there. Start the system&apos;s keychain service (on Linux e.g. GNOME Keyring or KWallet) and try again, or choose to keep the key in a passphrase-protected file.</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain. Delete the entry «%1» by hand in the keychain program.</source>
        <translation>The key could not be deleted from the keychain. Delete the entry «%1» by hand in the keychain program.</translation>
    </message>
    <message>
        <source>The keychain did not answer as expected. Try again; if it keeps failing, restart the keychain service or choose to keep the key in a passphrase-protected file.</source>
        <translation>The keychain did not answer as expected. Try again; if it keeps failing, restart the keychain service or choose to keep the key in a passphrase-protected file.</translation>
    </message>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>There is no private key to store. Make or import the key again.</translation>
    </message>
    <message>
        <source>The key is too large for the keychain. Choose a smaller key (RSA 4096 fits).</source>
        <translation>The key is too large for the keychain. Choose a smaller key (RSA 4096 fits).</translation>
    </message>
    <message>
        <source>The keychain entry «%1» does not hold a usable private key. Start a new onboarding, or ask support.</source>
        <translation>The keychain entry «%1» does not hold a usable private key. Start a new onboarding, or ask support.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ChooseWayPage</name>
    <message>
        <source>Choose the way</source>
        <translation>Choose the way</translation>
    </message>
    <message>
        <source>HelseID offers three ways to make the client. All end in the same place.</source>
        <translation>HelseID offers three ways to make the client. All end in the same place.</translation>
    </message>
    <message>
        <source>Pick the way that fits what you have at hand. Whichever you choose, someone with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) must confirm the client and sign the agreement documents.</source>
        <translation>Pick the way that fits what you have at hand. Whichever you choose, someone with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) must confirm the client and sign the agreement documents.</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (recommended)</source>
        <translation>Alternative &amp;1: automatically through the API (recommended)</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (not available)</source>
        <translation>Alternative &amp;1: automatically through the API (not available)</translation>
    </message>
    <message>
        <source>Needs the API key that is in your vendor profile — nothing more to fetch. The wizard makes the key pair and the client draft; then a person with the Altinn role confirms it in the portal (you can send them the link) and signs.</source>
        <translation>Needs the API key that is in your vendor profile — nothing more to fetch. The wizard makes the key pair and the client draft; then a person with the Altinn role confirms it in the portal (you can send them the link) and signs.</translation>
    </message>
    <message>
        <source>Needs an API key from your vendor&apos;s Klientmal (client template) for this environment. Your vendor profile has none, so use Alternative 2 or 3, or ask your vendor for a profile with a key.</source>
        <translation>Needs an API key from your vendor&apos;s Klientmal (client template) for this environment. Your vendor profile has none, so use Alternative 2 or 3, or ask your vendor for a profile with a key.</translation>
    </message>
    <message>
        <source>Alternative &amp;2: package link from your vendor</source>
        <translation>Alternative &amp;2: package link from your vendor</translation>
    </message>
    <message>
        <source>Needs the package link your EPJ vendor sent you, and a mobile phone for the SMS. A person with the Altinn role opens the link in the portal, which makes the client and a zip file with its key; the zip&apos;s password comes by SMS. You import the zip here.</source>
        <translation>Needs the package link your EPJ vendor sent you, and a mobile phone for the SMS. A person with the Altinn role opens the link in the portal, which makes the client and a zip file with its key; the zip&apos;s password comes by SMS. You import the zip here.</translation>
    </message>
    <message>
        <source>Alternative &amp;3: by hand in the portal</source>
        <translation>Alternative &amp;3: by hand in the portal</translation>
    </message>
    <message>
        <source>Needs access to the self-service portal (Selvbetjening). Someone creates the client from your vendor&apos;s Klientmal (client template) and downloads its configuration file (a zip, password by SMS). You import it here, or make the key here and paste its public part in the portal.</source>
        <translation>Needs access to the self-service portal (Selvbetjening). Someone creates the client from your vendor&apos;s Klientmal (client template) and downloads its configuration file (a zip, password by SMS). You import it here, or make the key here and paste its public part in the portal.</translation>
    </message>
    <message>
        <source>Make the &amp;key pair here</source>
        <translation>Make the &amp;key pair here</translation>
    </message>
    <message>
        <source>You then paste its public key in the portal instead of downloading a zip. The private key never leaves this computer.</source>
        <translation>You then paste its public key in the portal instead of downloading a zip. The private key never leaves this computer.</translation>
    </message>
    <message>
        <source>You can stop after any step and resume later from the first page.</source>
        <translation>You can stop after any step and resume later from the first page.</translation>
    </message>
    <message>
        <source>Needs the vendor profile from your EPJ vendor, with an API key for this environment. No vendor profile was found on this computer (the first page says where the wizard looked), so use Alternative 2 or 3, or ask your vendor for the profile.</source>
        <translation>Needs the vendor profile from your EPJ vendor, with an API key for this environment. No vendor profile was found on this computer (the first page says where the wizard looked), so use Alternative 2 or 3, or ask your vendor for the profile.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ConfirmPage</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <source>Confirmed. Next: signing the agreement documents and access.</source>
        <translation>Confirmed. Next: signing the agreement documents and access.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer. Next check in %n s.</source>
        <translation>
            <numerusform>Waiting for the confirmation… The wizard also notices a confirmation made on another computer. Next check in %n s.</numerusform>
            <numerusform>Waiting for the confirmation… The wizard also notices a confirmation made on another computer. Next check in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer.</source>
        <translation>Waiting for the confirmation… The wizard also notices a confirmation made on another computer.</translation>
    </message>
    <message>
        <source>Confirm in the portal</source>
        <translation>Confirm in the portal</translation>
    </message>
    <message>
        <source>The client draft is registered. Now someone must confirm it.</source>
        <translation>The client draft is registered. Now someone must confirm it.</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) opens this link, logs in with ID-porten (e.g. BankID) and confirms. If that is not you, send them the link.</source>
        <translation>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) opens this link, logs in with ID-porten (e.g. BankID) and confirms. If that is not you, send them the link.</translation>
    </message>
    <message>
        <source>Confirmation &amp;link:</source>
        <translation>Confirmation &amp;link:</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Confirmation link</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Open in the browser</translation>
    </message>
    <message>
        <source>&amp;Copy the link</source>
        <translation>&amp;Copy the link</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <source>QR code of the confirmation link</source>
        <translation>QR code of the confirmation link</translation>
    </message>
    <message>
        <source>Scan to open the link on a phone.</source>
        <translation>Scan to open the link on a phone.</translation>
    </message>
    <message>
        <source>You can close this window while you wait: the onboarding is saved, and you resume it from the first page.</source>
        <translation>You can close this window while you wait: the onboarding is saved, and you resume it from the first page.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Chec&amp;k now</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>Edit con&amp;tact…</translation>
    </message>
    <message>
        <source>Whom the e-mail goes to, and in which language</source>
        <translation>Whom the e-mail goes to, and in which language</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ContactDialog</name>
    <message>
        <source>Contact for the confirmation e-mail</source>
        <translation>Contact for the confirmation e-mail</translation>
    </message>
    <message>
        <source>Whom the confirmation e-mail for «%1» goes to, and in which language: the person who confirms the client in the portal.</source>
        <translation>Whom the confirmation e-mail for «%1» goes to, and in which language: the person who confirms the client in the portal.</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>e.g. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-mail of the customer&apos;s confirmer</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>L&amp;anguage of the e-mail:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>The program&apos;s language</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Language of the confirmation e-mail</translation>
    </message>
    <message>
        <source>Leave the address empty to choose it in the mail program. Kept on this computer only, never sent to HelseID, so it can change at any step.</source>
        <translation>Leave the address empty to choose it in the mail program. Kept on this computer only, never sent to HelseID, so it can change at any step.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::DonePage</name>
    <message>
        <source>The HelseID client is ready.</source>
        <translation>The HelseID client is ready.</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Journal:</translation>
    </message>
    <message>
        <source>Organization number:</source>
        <translation>Organization number:</translation>
    </message>
    <message>
        <source>Child units:</source>
        <translation>Child units:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>SFM-id:</source>
        <translation>SFM-id:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Key ID:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Not exported yet.</source>
        <translation>Not exported yet.</translation>
    </message>
    <message>
        <source>The key expires on %1. Renew it well before then (at least 30 days): a key left to expire stops prescribing.</source>
        <translation>The key expires on %1. Renew it well before then (at least 30 days): a key left to expire stops prescribing.</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires. Check it in the portal and renew it well before then: a key left to expire stops prescribing.</source>
        <translation>HelseID did not state when the key expires. Check it in the portal and renew it well before then: a key left to expire stops prescribing.</translation>
    </message>
    <message>
        <source>Give the exported file to your journal system (EPJ); it names the key in this computer&apos;s keychain but does not contain it.</source>
        <translation>Give the exported file to your journal system (EPJ); it names the key in this computer&apos;s keychain but does not contain it.</translation>
    </message>
    <message>
        <source>SFM in production also needs an access order for SFM/e-resept that your EPJ vendor sends to NHN. Ask your vendor whether it is in place.</source>
        <translation>SFM in production also needs an access order for SFM/e-resept that your EPJ vendor sends to NHN. Ask your vendor whether it is in place.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your journal system can now use SFM through this HelseID client.</source>
        <translation>Your journal system can now use SFM through this HelseID client.</translation>
    </message>
    <message>
        <source>&amp;Export the EPJ configuration…</source>
        <translation>&amp;Export the EPJ configuration…</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <source>This client renews its key through HelseID&apos;s API: «Renew key now» above, or every day unattended with «sfmctl agent install».</source>
        <translation>This client renews its key through HelseID&apos;s API: «Renew key now» above, or every day unattended with «sfmctl agent install».</translation>
    </message>
    <message>
        <source>Exporting the configuration…</source>
        <translation>Exporting the configuration…</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser…</source>
        <translation>Waiting for the login in the browser…</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ExportDialog</name>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Export the EPJ configuration</translation>
    </message>
    <message>
        <source>EPJ configuration (*.json)</source>
        <translation>EPJ configuration (*.json)</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>The key file</translation>
    </message>
    <message>
        <source>Key file (*.pem)</source>
        <translation>Key file (*.pem)</translation>
    </message>
    <message>
        <source>The transfer file</source>
        <translation>The transfer file</translation>
    </message>
    <message>
        <source>Transfer file (*.p8.pem)</source>
        <translation>Transfer file (*.p8.pem)</translation>
    </message>
    <message>
        <source>The EPJ needs this configuration file and the private key. The file never contains the key; it says where the EPJ finds it.</source>
        <translation>The EPJ needs this configuration file and the private key. The file never contains the key; it says where the EPJ finds it.</translation>
    </message>
    <message>
        <source>&amp;Configuration file:</source>
        <translation>&amp;Configuration file:</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Configuration file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Choose the configuration file</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation>Choose the transfer file</translation>
    </message>
    <message>
        <source>Where will the EPJ read the key?</source>
        <translation>Where will the EPJ read the key?</translation>
    </message>
    <message>
        <source>In my &amp;keychain: the EPJ runs as me, on this computer</source>
        <translation>In my &amp;keychain: the EPJ runs as me, on this computer</translation>
    </message>
    <message>
        <source>In a key &amp;file for the account the EPJ runs as (a service on this computer)</source>
        <translation>In a key &amp;file for the account the EPJ runs as (a service on this computer)</translation>
    </message>
    <message>
        <source>In a &amp;transfer file, to install on the computer where the EPJ runs</source>
        <translation>In a &amp;transfer file, to install on the computer where the EPJ runs</translation>
    </message>
    <message>
        <source>Key fi&amp;le:</source>
        <translation>Key fi&amp;le:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>The account the EPJ runs as</source>
        <translation>The account the EPJ runs as</translation>
    </message>
    <message>
        <source>e.g. the service&apos;s user name</source>
        <translation>e.g. the service&apos;s user name</translation>
    </message>
    <message>
        <source>T&amp;ransfer file:</source>
        <translation>T&amp;ransfer file:</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase for the transfer file</source>
        <translation>Passphrase for the transfer file</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>R&amp;epeat passphrase:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Only your user account can read the key there. Choose this when the EPJ runs as you, on this computer.</source>
        <translation>Only your user account can read the key there. Choose this when the EPJ runs as you, on this computer.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. The key is also written in the JWK form beside it. Making a file for another account needs administrator rights.</source>
        <translation>Only that account (and administrators) can read the file. The key is also written in the JWK form beside it. Making a file for another account needs administrator rights.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. Making a file for another account needs administrator rights.</source>
        <translation>Only that account (and administrators) can read the file. Making a file for another account needs administrator rights.</translation>
    </message>
    <message>
        <source>Carry the transfer file and the configuration to the EPJ&apos;s computer and give the passphrase by another way. There, as the EPJ&apos;s account, run: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION. Then delete the transfer file.</source>
        <translation>Carry the transfer file and the configuration to the EPJ&apos;s computer and give the passphrase by another way. There, as the EPJ&apos;s account, run: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION. Then delete the transfer file.</translation>
    </message>
    <message>
        <source>Choose where the configuration file goes.</source>
        <translation>Choose where the configuration file goes.</translation>
    </message>
    <message>
        <source>Choose where the key file goes.</source>
        <translation>Choose where the key file goes.</translation>
    </message>
    <message>
        <source>Name the account the EPJ runs as.</source>
        <translation>Name the account the EPJ runs as.</translation>
    </message>
    <message>
        <source>Choose where the transfer file goes.</source>
        <translation>Choose where the transfer file goes.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Use a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ImportPage</name>
    <message>
        <source>Save the public key</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>JWK (*.json)</source>
        <translation>JWK (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file. Choose another folder and try again.</source>
        <translation>Could not save the file. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Choose the file from the portal</source>
        <translation>Choose the file from the portal</translation>
    </message>
    <message>
        <source>Configuration from the portal (*.zip *.json);;All files (*)</source>
        <translation>Configuration from the portal (*.zip *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Keeping the key in the keychain and checking the client…</source>
        <translation>Keeping the key in the keychain and checking the client…</translation>
    </message>
    <message>
        <source>Delete the downloaded file?</source>
        <translation>Delete the downloaded file?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you (the button below opens the one in your vendor profile).</source>
        <translation>Open the package link your EPJ vendor sent you (the button below opens the one in your vendor profile).</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» logs in and approves the package for organization number %1. The portal makes the client and its key pair.</source>
        <translation>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» logs in and approves the package for organization number %1. The portal makes the client and its key pair.</translation>
    </message>
    <message>
        <source>Download the zip file the portal offers. Its password comes by SMS to that person&apos;s phone.</source>
        <translation>Download the zip file the portal offers. Its password comes by SMS to that person&apos;s phone.</translation>
    </message>
    <message>
        <source>Choose the zip below (or drag it here) and type the SMS password.</source>
        <translation>Choose the zip below (or drag it here) and type the SMS password.</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (the self-service portal) and log in with ID-porten.</source>
        <translation>Open &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (the self-service portal) and log in with ID-porten.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from the Klientmal «%1» of %2 for organization number %3.</source>
        <translation>Under «Klienter», create a new client (Klient) from the Klientmal «%1» of %2 for organization number %3.</translation>
    </message>
    <message>
        <source>Choose the scopes your vendor asks for, at least «SFM portaler og integrasjoner».</source>
        <translation>Choose the scopes your vendor asks for, at least «SFM portaler og integrasjoner».</translation>
    </message>
    <message>
        <source>Choose to use your own public key and paste the one below (copy it, or save it as a file).</source>
        <translation>Choose to use your own public key and paste the one below (copy it, or save it as a file).</translation>
    </message>
    <message>
        <source>Save the client and copy its client ID into the field below.</source>
        <translation>Save the client and copy its client ID into the field below.</translation>
    </message>
    <message>
        <source>Let the portal make the key, and download the configuration file (a zip; its password comes by SMS).</source>
        <translation>Let the portal make the key, and download the configuration file (a zip; its password comes by SMS).</translation>
    </message>
    <message>
        <source>Choose the file below (or drag it here) and type the SMS password.</source>
        <translation>Choose the file below (or drag it here) and type the SMS password.</translation>
    </message>
    <message>
        <source>Package from your vendor</source>
        <translation>Package from your vendor</translation>
    </message>
    <message>
        <source>Make the client in the portal</source>
        <translation>Make the client in the portal</translation>
    </message>
    <message>
        <source>Alternative 2: the portal makes the client from your vendor&apos;s package.</source>
        <translation>Alternative 2: the portal makes the client from your vendor&apos;s package.</translation>
    </message>
    <message>
        <source>Alternative 3: you make the client by hand in the portal.</source>
        <translation>Alternative 3: you make the client by hand in the portal.</translation>
    </message>
    <message>
        <source>Open the &amp;package link</source>
        <translation>Open the &amp;package link</translation>
    </message>
    <message>
        <source>Open the p&amp;ortal</source>
        <translation>Open the p&amp;ortal</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Open the self-service portal in the browser</translation>
    </message>
    <message>
        <source>Your own key</source>
        <translation>Your own key</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>P&amp;ublic key:</translation>
    </message>
    <message>
        <source>Public key (JWK) to paste in the portal</source>
        <translation>Public key (JWK) to paste in the portal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save as file…</source>
        <translation>&amp;Save as file…</translation>
    </message>
    <message>
        <source>Client &amp;ID from the portal:</source>
        <translation>Client &amp;ID from the portal:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The file from the portal</source>
        <translation>The file from the portal</translation>
    </message>
    <message>
        <source>Drop the zip or JSON file here</source>
        <translation>Drop the zip or JSON file here</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>SMS pass&amp;word:</source>
        <translation>SMS pass&amp;word:</translation>
    </message>
    <message>
        <source>SMS password of the zip file</source>
        <translation>SMS password of the zip file</translation>
    </message>
    <message>
        <source>Not needed for a JSON file you extracted yourself. The password is used once and never saved.</source>
        <translation>Not needed for a JSON file you extracted yourself. The password is used once and never saved.</translation>
    </message>
    <message>
        <source>Keeping the key in the passphrase-protected file and checking the client…</source>
        <translation>Keeping the key in the passphrase-protected file and checking the client…</translation>
    </message>
    <message>
        <source>%1

Delete the file now?</source>
        <translation>%1

Delete the file now?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you. No vendor profile was found on this computer, so the wizard cannot open it for you: use the link in the vendor&apos;s message.</source>
        <translation>Open the package link your EPJ vendor sent you. No vendor profile was found on this computer, so the wizard cannot open it for you: use the link in the vendor&apos;s message.</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you.</source>
        <translation>Open the package link your EPJ vendor sent you.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from your EPJ vendor&apos;s Klientmal for organization number %1.</source>
        <translation>Under «Klienter», create a new client (Klient) from your EPJ vendor&apos;s Klientmal for organization number %1.</translation>
    </message>
    <message>
        <source>The wizard has no package link from a vendor profile: use the link your vendor sent you.</source>
        <translation>The wizard has no package link from a vendor profile: use the link your vendor sent you.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyExpiryPanel</name>
    <message>
        <source>Renewing the key…</source>
        <translation>Renewing the key…</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires.</source>
        <translation>HelseID did not state when the key expires.</translation>
    </message>
    <message>
        <source>The key expired on %1.</source>
        <translation>The key expired on %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires on %1 (%n day(s) left).</source>
        <translation>
            <numerusform>The key expires on %1 (%n day left).</numerusform>
            <numerusform>The key expires on %1 (%n days left).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew key now</source>
        <translation>&amp;Renew key now</translation>
    </message>
    <message>
        <source>Registers a new key with HelseID, checks it works, switches to it and writes the EPJ configuration again. The old key keeps working for 14 days.</source>
        <translation>Registers a new key with HelseID, checks it works, switches to it and writes the EPJ configuration again. The old key keeps working for 14 days.</translation>
    </message>
    <message numerus="yes">
        <source>Reminder: the key expires in %n day(s); renew it in the portal now.</source>
        <translation>
            <numerusform>Reminder: the key expires in %n day(s); renew it in the portal now.</numerusform>
            <numerusform>Reminder: the key expires in %n day(s); renew it in the portal now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyPage</name>
    <message>
        <source>Making the key pair. RSA 4096 can take a few seconds…</source>
        <translation>Making the key pair. RSA 4096 can take a few seconds…</translation>
    </message>
    <message>
        <source>EC %1 with %2 (not confirmed by HelseID)</source>
        <translation>EC %1 with %2 (not confirmed by HelseID)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2 (recommended)</source>
        <translation>RSA %1 bits with %2 (recommended)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2</source>
        <translation>RSA %1 bits with %2</translation>
    </message>
    <message>
        <source>Make a &amp;new key pair</source>
        <translation>Make a &amp;new key pair</translation>
    </message>
    <message>
        <source>&amp;Make the key pair</source>
        <translation>&amp;Make the key pair</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(not made yet)</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain, once made.</source>
        <translation>In this computer&apos;s keychain, once made.</translation>
    </message>
    <message>
        <source>In an encrypted file protected by your passphrase: %1</source>
        <translation>In an encrypted file protected by your passphrase: %1</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain (service «%1», entry «%2»). It never leaves this computer.</source>
        <translation>In this computer&apos;s keychain (service «%1», entry «%2»). It never leaves this computer.</translation>
    </message>
    <message>
        <source>HelseID has not confirmed that it accepts EC keys for client drafts. If registration is refused, go back and choose RSA.</source>
        <translation>HelseID has not confirmed that it accepts EC keys for client drafts. If registration is refused, go back and choose RSA.</translation>
    </message>
    <message>
        <source>Every NHN tool makes RSA keys; RSA 4096 with PS256 is what NHN&apos;s own library uses.</source>
        <translation>Every NHN tool makes RSA keys; RSA 4096 with PS256 is what NHN&apos;s own library uses.</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Key pair</translation>
    </message>
    <message>
        <source>The client proves who it is with a private key that stays on this computer.</source>
        <translation>The client proves who it is with a private key that stays on this computer.</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and keeps the private key before anything is sent to HelseID, so a key is never lost for a client that exists. HelseID only ever sees the public key.</source>
        <translation>The wizard makes a key pair and keeps the private key before anything is sent to HelseID, so a key is never lost for a client that exists. HelseID only ever sees the public key.</translation>
    </message>
    <message>
        <source>Recommended: RSA 4096 bits with PS256, as NHN&apos;s own tools make.</source>
        <translation>Recommended: RSA 4096 bits with PS256, as NHN&apos;s own tools make.</translation>
    </message>
    <message>
        <source>A&amp;dvanced: another algorithm</source>
        <translation>A&amp;dvanced: another algorithm</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithm:</translation>
    </message>
    <message>
        <source>Use an &amp;encrypted file instead…</source>
        <translation>Use an &amp;encrypted file instead…</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Key ID:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Kept:</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NetworkSettingsDialog</name>
    <message>
        <source>Choose the root certificate</source>
        <translation>Choose the root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Network settings</translation>
    </message>
    <message>
        <source>How the wizard reaches HelseID. Most computers use the system&apos;s settings; ask IT if your network needs a particular proxy.</source>
        <translation>How the wizard reaches HelseID. Most computers use the system&apos;s settings; ask IT if your network needs a particular proxy.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Use the &amp;system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>&amp;No proxy (direct connection)</source>
        <translation>&amp;No proxy (direct connection)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manual proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>e.g. proxy.kommune.no</source>
        <translation>e.g. proxy.kommune.no</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy port</translation>
    </message>
    <message>
        <source>Extra trusted root certificate</source>
        <translation>Extra trusted root certificate</translation>
    </message>
    <message>
        <source>Only if IT says your network inspects encrypted traffic and its root certificate is not installed on this computer: choose that certificate (a PEM file). It is trusted in addition to the computer&apos;s own.</source>
        <translation>Only if IT says your network inspects encrypted traffic and its root certificate is not installed on this computer: choose that certificate (a PEM file). It is trusted in addition to the computer&apos;s own.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Extra root certificate file</source>
        <translation>Extra root certificate file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>%1 (valid until %2)
SHA-256 fingerprint: %3</source>
        <translation>%1 (valid until %2)
SHA-256 fingerprint: %3</translation>
    </message>
    <message>
        <source>Trusted in addition to this computer&apos;s certificates. Compare the fingerprint with the one IT gave you:
%1</source>
        <translation>Trusted in addition to this computer&apos;s certificates. Compare the fingerprint with the one IT gave you:
%1</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NoticeList</name>
    <message>
        <source>Notices (newest first)</source>
        <translation>Notices (newest first)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), newest first</source>
        <translation>
            <numerusform>%n notice, newest first</numerusform>
            <numerusform>%n notices, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::OnboardingWizard</name>
    <message>
        <source>Practice mode is not available in this build. Choose the test environment.</source>
        <translation>Practice mode is not available in this build. Choose the test environment.</translation>
    </message>
    <message>
        <source>The onboarding is waiting for someone to confirm or sign. You can close the wizard now and resume later: nothing is lost. Cancelling gives this onboarding up for good.</source>
        <translation>The onboarding is waiting for someone to confirm or sign. You can close the wizard now and resume later: nothing is lost. Cancelling gives this onboarding up for good.</translation>
    </message>
    <message>
        <source>Cancelling gives this onboarding up for good. You can also close the wizard and resume later from where you are now.</source>
        <translation>Cancelling gives this onboarding up for good. You can also close the wizard and resume later from where you are now.</translation>
    </message>
    <message>
        <source>Cancel the onboarding?</source>
        <translation>Cancel the onboarding?</translation>
    </message>
    <message>
        <source>Cancel the onboarding</source>
        <translation>Cancel the onboarding</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Close and resume later</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>Remove the private key?</source>
        <translation>Remove the private key?</translation>
    </message>
    <message>
        <source>The onboarding is cancelled. Remove its private key from the keychain too? Keep it only if someone will still finish this client in the portal.</source>
        <translation>The onboarding is cancelled. Remove its private key from the keychain too? Keep it only if someone will still finish this client in the portal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Change the language now; nothing you entered is lost.</source>
        <translation>Change the language now; nothing you entered is lost.</translation>
    </message>
    <message>
        <source>SFM onboarding with HelseID</source>
        <translation>SFM onboarding with HelseID</translation>
    </message>
    <message>
        <source>%1 – practice mode</source>
        <translation>%1 – practice mode</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>SFM onboarding</source>
        <translation>SFM onboarding</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SFM onboarding&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sets up the HelseID client your journal system (EPJ) needs for SFM, and keeps its private key in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SFM onboarding&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sets up the HelseID client your journal system (EPJ) needs for SFM, and keeps its private key in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>About this program</translation>
    </message>
    <message>
        <source>No vendor profile was found.</source>
        <translation>No vendor profile was found.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OrganizationPage</name>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Child unit %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>A child unit cannot have the same number as the organization itself.</translation>
    </message>
    <message>
        <source>Organization and journal</source>
        <translation>Organization and journal</translation>
    </message>
    <message>
        <source>Who the HelseID client is for.</source>
        <translation>Who the HelseID client is for.</translation>
    </message>
    <message>
        <source>Each journal (SFM-id) needs its own HelseID client. Use the organization number of the legal entity that runs the journal.</source>
        <translation>Each journal (SFM-id) needs its own HelseID client. Use the organization number of the legal entity that runs the journal.</translation>
    </message>
    <message>
        <source>&amp;Organization number:</source>
        <translation>&amp;Organization number:</translation>
    </message>
    <message>
        <source>9 digits, e.g. 974760673</source>
        <translation>9 digits, e.g. 974760673</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organization number</translation>
    </message>
    <message>
        <source>&amp;Child units (optional):</source>
        <translation>&amp;Child units (optional):</translation>
    </message>
    <message>
        <source>Child units</source>
        <translation>Child units</translation>
    </message>
    <message>
        <source>Organization numbers separated by commas</source>
        <translation>Organization numbers separated by commas</translation>
    </message>
    <message>
        <source>Only if the journal is used by child units (underenheter) that must be named in the client.</source>
        <translation>Only if the journal is used by child units (underenheter) that must be named in the client.</translation>
    </message>
    <message>
        <source>Your own name for it, e.g. «Helsehuset Nord»</source>
        <translation>Your own name for it, e.g. «Helsehuset Nord»</translation>
    </message>
    <message>
        <source>Name of the journal</source>
        <translation>Name of the journal</translation>
    </message>
    <message>
        <source>Journal (SFM-id)</source>
        <translation>Journal (SFM-id)</translation>
    </message>
    <message>
        <source>A ne&amp;w journal (HelseID assigns its SFM-id)</source>
        <translation>A ne&amp;w journal (HelseID assigns its SFM-id)</translation>
    </message>
    <message>
        <source>An e&amp;xisting journal: I will paste its SFM-id</source>
        <translation>An e&amp;xisting journal: I will paste its SFM-id</translation>
    </message>
    <message>
        <source>&amp;SFM-id:</source>
        <translation>&amp;SFM-id:</translation>
    </message>
    <message>
        <source>SFM-id of the existing journal</source>
        <translation>SFM-id of the existing journal</translation>
    </message>
    <message>
        <source>Several clients may point to the same journal. A pasted SFM-id stays pending until NHN approves it.</source>
        <translation>Several clients may point to the same journal. A pasted SFM-id stays pending until NHN approves it.</translation>
    </message>
    <message>
        <source>Your vendor profile does not allow pointing a new client to an existing journal.</source>
        <translation>Your vendor profile does not allow pointing a new client to an existing journal.</translation>
    </message>
    <message>
        <source>Name of the &amp;journal:</source>
        <translation>Name of the &amp;journal:</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer (optional)</source>
        <translation>The customer&apos;s confirmer (optional)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>e.g. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-mail of the customer&apos;s confirmer</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>L&amp;anguage of the e-mail:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>The program&apos;s language</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Language of the confirmation e-mail</translation>
    </message>
    <message>
        <source>Who confirms the client in the portal, if not you: the confirmation e-mail goes to this address, in this language. Kept on this computer only.</source>
        <translation>Who confirms the client in the portal, if not you: the confirmation e-mail goes to this address, in this language. Kept on this computer only.</translation>
    </message>
    <message>
        <source>This onboarding was already sent to HelseID, so the organization and the journal cannot change now. Start a new onboarding on the first page to use other ones. The customer&apos;s confirmer below can still change: it is kept on this computer only.</source>
        <translation>This onboarding was already sent to HelseID, so the organization and the journal cannot change now. Start a new onboarding on the first page to use other ones. The customer&apos;s confirmer below can still change: it is kept on this computer only.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewActions</name>
    <message numerus="yes">
        <source>Checked %n onboarding(s); %1 in use elsewhere were left alone.</source>
        <translation>
            <numerusform>Checked %n onboarding; %1 in use elsewhere were left alone.</numerusform>
            <numerusform>Checked %n onboardings; %1 in use elsewhere were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n onboarding(s).</source>
        <translation>
            <numerusform>Checked %n onboarding.</numerusform>
            <numerusform>Checked %n onboardings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n onboarding(s) in the background…</source>
        <translation>
            <numerusform>Checking %n onboarding in the background…</numerusform>
            <numerusform>Checking %n onboardings in the background…</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the chosen onboardings has a confirmation link yet.</source>
        <translation>None of the chosen onboardings has a confirmation link yet.</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation text for %n customer(s) is copied.</source>
        <translation>
            <numerusform>The confirmation text for %n customer is copied.</numerusform>
            <numerusform>The confirmation texts for %n customers are copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) opened in the mail program.</source>
        <translation>
            <numerusform>%n e-mail opened in the mail program.</numerusform>
            <numerusform>%n e-mails opened in the mail program.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail could be opened (no confirmation link yet, or no mail program).</source>
        <translation>No e-mail could be opened (no confirmation link yet, or no mail program).</translation>
    </message>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Export the EPJ configuration</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>The EPJ configuration is written to %1.</source>
        <translation>The EPJ configuration is written to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) moved to %1.</source>
        <translation>
            <numerusform>%n onboarding moved to %1.</numerusform>
            <numerusform>%n onboardings moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) deleted.</source>
        <translation>
            <numerusform>%n onboarding deleted.</numerusform>
            <numerusform>%n onboardings deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact of %1 is saved: no address (the mail program asks).</source>
        <translation>The contact of %1 is saved: no address (the mail program asks).</translation>
    </message>
    <message>
        <source>The confirmation e-mail for %1 goes to %2.</source>
        <translation>The confirmation e-mail for %1 goes to %2.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewDeleteQuestion</name>
    <message>
        <source>Delete the onboarding «%1»?</source>
        <translation>Delete the onboarding «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n onboarding(s)?</source>
        <translation>
            <numerusform>Delete %n onboarding?</numerusform>
            <numerusform>Delete %n onboardings?</numerusform>
        </translation>
    </message>
    <message>
        <source>• the onboarding file: %1</source>
        <translation>• the onboarding file: %1</translation>
    </message>
    <message>
        <source>• the private key in this computer&apos;s keychain</source>
        <translation>• the private key in this computer&apos;s keychain</translation>
    </message>
    <message>
        <source>• the encrypted key file: %1</source>
        <translation>• the encrypted key file: %1</translation>
    </message>
    <message>
        <source>This removes from this computer:
%1</source>
        <translation>This removes from this computer:
%1</translation>
    </message>
    <message>
        <source>The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be brought back.</source>
        <translation>The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be brought back.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewFilterBar</name>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Journal, organization number, client ID…</source>
        <translation>Journal, organization number, client ID…</translation>
    </message>
    <message>
        <source>Search the onboardings</source>
        <translation>Search the onboardings</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation>Filter by environment</translation>
    </message>
    <message>
        <source>All onboardings</source>
        <translation>All onboardings</translation>
    </message>
    <message>
        <source>Needs me</source>
        <translation>Needs me</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <source>Key expires within 30 days</source>
        <translation>Key expires within 30 days</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>All environments</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewModel</name>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>1 – API</source>
        <translation>1 – API</translation>
    </message>
    <message>
        <source>2 – Package</source>
        <translation>2 – Package</translation>
    </message>
    <message>
        <source>3 – Manual</source>
        <translation>3 – Manual</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>⚠ Expired %1</source>
        <translation>⚠ Expired %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Onboarding %1</source>
        <translation>Onboarding %1</translation>
    </message>
    <message>
        <source>Onboarding %1, client ID %2</source>
        <translation>Onboarding %1, client ID %2</translation>
    </message>
    <message>
        <source>The key expires %1.</source>
        <translation>The key expires %1.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organization number</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Key expires</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>When the key expires is not known yet.</source>
        <translation>When the key expires is not known yet.</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org. no.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewWindow</name>
    <message>
        <source>Onboardings</source>
        <translation>Onboardings</translation>
    </message>
    <message>
        <source>New onboarding…</source>
        <translation>New onboarding…</translation>
    </message>
    <message>
        <source>New onboarding</source>
        <translation>New onboarding</translation>
    </message>
    <message>
        <source>Start the wizard for a new journal (%1)</source>
        <translation>Start the wizard for a new journal (%1)</translation>
    </message>
    <message>
        <source>One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection.</source>
        <translation>One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection.</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <source>Number of onboardings shown</source>
        <translation>Number of onboardings shown</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Copy confirmation link</source>
        <translation>Copy confirmation link</translation>
    </message>
    <message>
        <source>E-mail confirmation link…</source>
        <translation>E-mail confirmation link…</translation>
    </message>
    <message>
        <source>Export configuration…</source>
        <translation>Export configuration…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Resume the selected onboarding in the wizard</source>
        <translation>Resume the selected onboarding in the wizard</translation>
    </message>
    <message>
        <source>Ask HelseID now whether the selected onboardings are confirmed and ready</source>
        <translation>Ask HelseID now whether the selected onboardings are confirmed and ready</translation>
    </message>
    <message>
        <source>Copy the confirmation links of the selected onboardings</source>
        <translation>Copy the confirmation links of the selected onboardings</translation>
    </message>
    <message>
        <source>Write an e-mail to each customer with their confirmation links, in the customer&apos;s language</source>
        <translation>Write an e-mail to each customer with their confirmation links, in the customer&apos;s language</translation>
    </message>
    <message>
        <source>Write the EPJ configuration of the selected ready onboardings</source>
        <translation>Write the EPJ configuration of the selected ready onboardings</translation>
    </message>
    <message>
        <source>Move the selected onboardings out of the list (their files go to the archive folder)</source>
        <translation>Move the selected onboardings out of the list (their files go to the archive folder)</translation>
    </message>
    <message>
        <source>Delete the selected onboardings from this computer</source>
        <translation>Delete the selected onboardings from this computer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s)</source>
        <translation>
            <numerusform>%n onboarding</numerusform>
            <numerusform>%n onboardings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n onboarding(s)</source>
        <translation>
            <numerusform>Showing %1 of %n onboarding</numerusform>
            <numerusform>Showing %1 of %n onboardings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the onboarding folder could not be read:</source>
        <translation>
            <numerusform>%n file in the onboarding folder could not be read:</numerusform>
            <numerusform>%n files in the onboarding folder could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete onboarding</source>
        <translation>Delete onboarding</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <source>Change whom the confirmation e-mail of the selected onboarding goes to, and its language</source>
        <translation>Change whom the confirmation e-mail of the selected onboarding goes to, and its language</translation>
    </message>
</context>
<context>
    <name>sfm::ui::PassphraseDialog</name>
    <message>
        <source>Protect the key with a passphrase</source>
        <translation>Protect the key with a passphrase</translation>
    </message>
    <message>
        <source>No keychain answered, so the private key will be kept in a file encrypted with a passphrase you choose. Anyone who has both the file and the passphrase can use the key. Keep the passphrase somewhere safe: without it the key cannot be used and the client needs a new key.</source>
        <translation>No keychain answered, so the private key will be kept in a file encrypted with a passphrase you choose. Anyone who has both the file and the passphrase can use the key. Keep the passphrase somewhere safe: without it the key cannot be used and the client needs a new key.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::PracticeBanner</name>
    <message>
        <source>Practice mode</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>Practice mode: the built-in simulator stands in for HelseID. Nothing is sent to HelseID and the client made here cannot be used.</source>
        <translation>Practice mode: the built-in simulator stands in for HelseID. Nothing is sent to HelseID and the client made here cannot be used.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ScopeChangePanel</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Asks HelseID for the scope %1. The agreement documents may have to be signed again before it works.</source>
        <translation>Asks HelseID for the scope %1. The agreement documents may have to be signed again before it works.</translation>
    </message>
    <message>
        <source>Waiting for HelseID to grant the changed scopes:</source>
        <translation>Waiting for HelseID to grant the changed scopes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>C&amp;heck now</source>
        <translation>C&amp;heck now</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ScopesPage</name>
    <message>
        <source>Sending the client draft to HelseID…</source>
        <translation>Sending the client draft to HelseID…</translation>
    </message>
    <message>
        <source>Scopes (API access)</source>
        <translation>Scopes (API access)</translation>
    </message>
    <message>
        <source>What the client may use. Then the wizard sends the client draft to HelseID.</source>
        <translation>What the client may use. Then the wizard sends the client draft to HelseID.</translation>
    </message>
    <message>
        <source>Your vendor&apos;s Klientmal (client template) offers these scopes. «Forhåndsvalgt» (preselected) ones are checked; «Tilgjengelig» (available) ones are yours to choose.</source>
        <translation>Your vendor&apos;s Klientmal (client template) offers these scopes. «Forhåndsvalgt» (preselected) ones are checked; «Tilgjengelig» (available) ones are yours to choose.</translation>
    </message>
    <message>
        <source>Forhåndsvalgt (preselected)</source>
        <translation>Forhåndsvalgt (preselected)</translation>
    </message>
    <message>
        <source>Tilgjengelig (available)</source>
        <translation>Tilgjengelig (available)</translation>
    </message>
    <message>
        <source>always included: the wizard reads the client&apos;s status with it</source>
        <translation>always included: the wizard reads the client&apos;s status with it</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When you press Next, the client draft is sent with the public key. Nothing can be used until someone confirms it in the portal — the next page helps you with that.</source>
        <translation>When you press Next, the client draft is sent with the public key. Nothing can be used until someone confirms it in the portal — the next page helps you with that.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::TestLoginPanel</name>
    <message>
        <source>(not in the token)</source>
        <translation>(not in the token)</translation>
    </message>
    <message>
        <source>SFM will accept this token.</source>
        <translation>SFM will accept this token.</translation>
    </message>
    <message>
        <source>What SFM will see:</source>
        <translation>What SFM will see:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>HPR number:</source>
        <translation>HPR number:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>Security level:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>%1, child unit %2</source>
        <translation>%1, child unit %2</translation>
    </message>
    <message>
        <source>SFM-id:</source>
        <translation>SFM-id:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n minute(s)</source>
        <translation>
            <numerusform>%1, valid for %n minute(s)</numerusform>
            <numerusform>%1, valid for %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT). The ID token says:</source>
        <translation>The access token is opaque (not a JWT). The ID token says:</translation>
    </message>
    <message>
        <source>Prove that the journal system can call SFM: log in as a prescriber with this client and see what SFM will see. In TEST a synthetic test person logs in; nothing is stored but the result.</source>
        <translation>Prove that the journal system can call SFM: log in as a prescriber with this client and see what SFM will see. In TEST a synthetic test person logs in; nothing is stored but the result.</translation>
    </message>
    <message>
        <source>Test &amp;login as a prescriber</source>
        <translation>Test &amp;login as a prescriber</translation>
    </message>
    <message>
        <source>Opens the HelseID login in your browser. The token itself is not shown.</source>
        <translation>Opens the HelseID login in your browser. The token itself is not shown.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Claims of the test login&apos;s token</source>
        <translation>Claims of the test login&apos;s token</translation>
    </message>
</context>
<context>
    <name>sfm::ui::VendorProfilePanel</name>
    <message>
        <source>beside the program</source>
        <translation>beside the program</translation>
    </message>
    <message>
        <source>the system folder</source>
        <translation>the system folder</translation>
    </message>
    <message>
        <source>your own settings folder</source>
        <translation>your own settings folder</translation>
    </message>
    <message>
        <source>Vendor profile</source>
        <translation>Vendor profile</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>The built-in practice profile, used only in practice mode.</source>
        <translation>The built-in practice profile, used only in practice mode.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>It has an API key for this environment, so Alternative 1 (automatic) is possible.</source>
        <translation>It has an API key for this environment, so Alternative 1 (automatic) is possible.</translation>
    </message>
    <message>
        <source>It has no API key for this environment: use Alternative 2 or 3.</source>
        <translation>It has no API key for this environment: use Alternative 2 or 3.</translation>
    </message>
    <message>
        <source>C&amp;hoose another profile file…</source>
        <translation>C&amp;hoose another profile file…</translation>
    </message>
    <message>
        <source>No vendor profile was found.</source>
        <translation>No vendor profile was found.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>The vendor profile cannot be used.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose a profile file…</source>
        <translation>C&amp;hoose a profile file…</translation>
    </message>
    <message>
        <source>Choose the vendor profile</source>
        <translation>Choose the vendor profile</translation>
    </message>
    <message>
        <source>Vendor profiles (*.json);;All files (*)</source>
        <translation>Vendor profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Until then, Alternative 1 (automatic) and the package link are not available; you can still import the portal&apos;s file (Alternatives 2 and 3).</source>
        <translation>Until then, Alternative 1 (automatic) and the package link are not available; you can still import the portal&apos;s file (Alternatives 2 and 3).</translation>
    </message>
    <message>
        <source>The folders looked in:</source>
        <translation>The folders looked in:</translation>
    </message>
    <message>
        <source>Show the folders looked in</source>
        <translation>Show the folders looked in</translation>
    </message>
    <message>
        <source>The vendor profile is a small .json file from your EPJ vendor. Ask the vendor for it, then put it in one of the folders below or choose it here.</source>
        <translation>The vendor profile is a small .json file from your EPJ vendor. Ask the vendor for it, then put it in one of the folders below or choose it here.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WaitingPage</name>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>change pending</translation>
    </message>
    <message>
        <source>not granted yet</source>
        <translation>not granted yet</translation>
    </message>
    <message>
        <source>SFM-id</source>
        <translation>SFM-id</translation>
    </message>
    <message>
        <source>(no answer from HelseID yet)</source>
        <translation>(no answer from HelseID yet)</translation>
    </message>
    <message>
        <source>SFM-id: not known yet; HelseID assigns it.</source>
        <translation>SFM-id: not known yet; HelseID assigns it.</translation>
    </message>
    <message>
        <source>SFM-id: %1</source>
        <translation>SFM-id: %1</translation>
    </message>
    <message>
        <source>The client is ready.</source>
        <translation>The client is ready.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>Next check in %n s.</numerusform>
            <numerusform>Next check in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Press «Check now» to try again.</source>
        <translation>Stopped. Press «Check now» to try again.</translation>
    </message>
    <message>
        <source>The HelseID client is ready</source>
        <translation>The HelseID client is ready</translation>
    </message>
    <message>
        <source>Every scope is granted. Export the configuration for your journal system.</source>
        <translation>Every scope is granted. Export the configuration for your journal system.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Waiting for signing and access</translation>
    </message>
    <message>
        <source>HelseID grants each scope when the agreement documents are signed.</source>
        <translation>HelseID grants each scope when the agreement documents are signed.</translation>
    </message>
    <message>
        <source>The organization must sign the agreement documents in the portal. HelseID&apos;s own explanation of each status is shown as HelseID wrote it.</source>
        <translation>The organization must sign the agreement documents in the portal. HelseID&apos;s own explanation of each status is shown as HelseID wrote it.</translation>
    </message>
    <message>
        <source>Status of each scope and claim</source>
        <translation>Status of each scope and claim</translation>
    </message>
    <message>
        <source>Scope or claim</source>
        <translation>Scope or claim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HelseID says</source>
        <translation>HelseID says</translation>
    </message>
    <message>
        <source>This can take days. You can close the window: the onboarding is saved, and you resume it from the first page. The wizard checks by itself while it is open.</source>
        <translation>This can take days. You can close the window: the onboarding is saved, and you resume it from the first page. The wizard checks by itself while it is open.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Chec&amp;k now</translation>
    </message>
    <message>
        <source>only the portal shows it</source>
        <translation>only the portal shows it</translation>
    </message>
    <message>
        <source>The documents are &amp;signed (I checked in the portal)</source>
        <translation>The documents are &amp;signed (I checked in the portal)</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WelcomePage</name>
    <message>
        <source>Use production?</source>
        <translation>Use production?</translation>
    </message>
    <message>
        <source>In production you create a real HelseID client for your organization, and someone with the right to do so must confirm it and sign the agreement documents. Use the test environment or practice mode to try things out first.

Continue in production?</source>
        <translation>In production you create a real HelseID client for your organization, and someone with the right to do so must confirm it and sign the agreement documents. Use the test environment or practice mode to try things out first.

Continue in production?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Set up a HelseID client so your journal system (EPJ) can use SFM.</source>
        <translation>Set up a HelseID client so your journal system (EPJ) can use SFM.</translation>
    </message>
    <message>
        <source>This wizard makes a HelseID client for one journal of your organization, keeps its private key in this computer&apos;s keychain, waits until the client is confirmed and the agreement documents are signed, and hands your journal system a configuration it can use. You can close it at any time and resume later.</source>
        <translation>This wizard makes a HelseID client for one journal of your organization, keeps its private key in this computer&apos;s keychain, waits until the client is confirmed and the agreement documents are signed, and hands your journal system a configuration it can use. You can close it at any time and resume later.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>&amp;Practice mode</source>
        <translation>&amp;Practice mode</translation>
    </message>
    <message>
        <source>&amp;Test environment (TEST)</source>
        <translation>&amp;Test environment (TEST)</translation>
    </message>
    <message>
        <source>Practice mode uses a simulator built into this program: nothing is sent to HelseID. New here? Try the whole way there first; it takes a few minutes.</source>
        <translation>Practice mode uses a simulator built into this program: nothing is sent to HelseID. New here? Try the whole way there first; it takes a few minutes.</translation>
    </message>
    <message>
        <source>Practice mode is not part of this installation.</source>
        <translation>Practice mode is not part of this installation.</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Start or resume</translation>
    </message>
    <message>
        <source>&amp;Resume an unfinished onboarding:</source>
        <translation>&amp;Resume an unfinished onboarding:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unfinished onboardings</source>
        <translation>Unfinished onboardings</translation>
    </message>
    <message>
        <source>There are no unfinished onboardings on this computer.</source>
        <translation>There are no unfinished onboardings on this computer.</translation>
    </message>
    <message>
        <source>Pro&amp;duction (PROD)</source>
        <translation>Pro&amp;duction (PROD)</translation>
    </message>
    <message>
        <source>&amp;Start a new onboarding</source>
        <translation>&amp;Start a new onboarding</translation>
    </message>
    <message>
        <source>N&amp;etwork settings…</source>
        <translation>N&amp;etwork settings…</translation>
    </message>
    <message>
        <source>The proxy, and an extra root certificate, if your network needs them.</source>
        <translation>The proxy, and an extra root certificate, if your network needs them.</translation>
    </message>
    <message>
        <source>%1 — in use by %2</source>
        <translation>%1 — in use by %2</translation>
    </message>
    <message>
        <source>Another program works this onboarding. Finish or close it there first.</source>
        <translation>Another program works this onboarding. Finish or close it there first.</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Key expires</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day(s))</numerusform>
            <numerusform>%1 (%n day(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew this one in the portal before %1: the client cannot renew its key itself.</source>
        <translation>Renew this one in the portal before %1: the client cannot renew its key itself.</translation>
    </message>
    <message>
        <source>Renewed through HelseID&apos;s API (Renew key now, or sfmctl renew).</source>
        <translation>Renewed through HelseID&apos;s API (Renew key now, or sfmctl renew).</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WizardPage</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>sfmctl</name>
    <message>
        <source>Password (from the SMS): </source>
        <translation>Password (from the SMS): </translation>
    </message>
    <message>
        <source>Usage: %1   (--help for more)</source>
        <translation>Usage: %1   (--help for more)</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bits</translation>
    </message>
    <message>
        <source>EC, %1</source>
        <translation>EC, %1</translation>
    </message>
    <message>
        <source>Client ID:   %1</source>
        <translation>Client ID:   %1</translation>
    </message>
    <message>
        <source>Client name: %1</source>
        <translation>Client name: %1</translation>
    </message>
    <message>
        <source>HelseID:     %1</source>
        <translation>HelseID:     %1</translation>
    </message>
    <message>
        <source>Key:         %1, key ID (kid) %2</source>
        <translation>Key:         %1, key ID (kid) %2</translation>
    </message>
    <message>
        <source>Thumbprint:  %1</source>
        <translation>Thumbprint:  %1</translation>
    </message>
    <message>
        <source>Scopes:      %1</source>
        <translation>Scopes:      %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Key renewal: %1</source>
        <translation>Key renewal: %1</translation>
    </message>
    <message>
        <source>automatic through the self-service API is possible</source>
        <translation>automatic through the self-service API is possible</translation>
    </message>
    <message>
        <source>in the portal only</source>
        <translation>in the portal only</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The zip or JSON file from the portal.</source>
        <translation>The zip or JSON file from the portal.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Give exactly one file to import.</translation>
    </message>
    <message>
        <source>--issuer needs an address such as https://helseid-sts.test.nhn.no.</source>
        <translation>--issuer needs an address such as https://helseid-sts.test.nhn.no.</translation>
    </message>
    <message>
        <source>--issuer does not belong to --environment %1.</source>
        <translation>--issuer does not belong to --environment %1.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Give the password with --password-stdin.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 3 a file or value given could not be read or is invalid.</source>
        <translation>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 3 a file or value given could not be read or is invalid.</translation>
    </message>
    <message>
        <source>The key file %1 could not be opened. Check the path and that you may read it.</source>
        <translation>The key file %1 could not be opened. Check the path and that you may read it.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file (JWK). Check that you chose the right file.</source>
        <translation>%1 is too large to be a key file (JWK). Check that you chose the right file.</translation>
    </message>
    <message>
        <source>%1 holds only a public key; signing needs the private key file.</source>
        <translation>%1 holds only a public key; signing needs the private key file.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged. Choose another name or move the old file away first.</source>
        <translation>%1 already exists; it was left unchanged. Choose another name or move the old file away first.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that the folder exists and that you may write there.</source>
        <translation>%1 could not be created. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?). Nothing was kept.</source>
        <translation>Writing %1 failed (is the disk full?). Nothing was kept.</translation>
    </message>
    <message>
        <source>Signing algorithm the key is for: %1. Default: PS256 (RSA), as NHN&apos;s own tools. HelseID&apos;s support for EC keys in client drafts is not confirmed: prefer RSA.</source>
        <translation>Signing algorithm the key is for: %1. Default: PS256 (RSA), as NHN&apos;s own tools. HelseID&apos;s support for EC keys in client drafts is not confirmed: prefer RSA.</translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096. Default: 4096.</source>
        <translation>RSA key size: 2048, 3072 or 4096. Default: 4096.</translation>
    </message>
    <message>
        <source>Where to write the private key (JWK). The file is created readable only by you and is never overwritten.</source>
        <translation>Where to write the private key (JWK). The file is created readable only by you and is never overwritten.</translation>
    </message>
    <message>
        <source>Also write the public key (JWK, with kid, use and alg) here.</source>
        <translation>Also write the public key (JWK, with kid, use and alg) here.</translation>
    </message>
    <message>
        <source>Makes a new key pair and writes it as JWK files. Prints the key id (kid, the RFC 7638 thumbprint) on stdout.</source>
        <translation>Makes a new key pair and writes it as JWK files. Prints the key id (kid, the RFC 7638 thumbprint) on stdout.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown algorithm &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>--bits is for RSA keys only; %1 uses a fixed curve.</source>
        <translation>--bits is for RSA keys only; %1 uses a fixed curve.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits must be 2048, 3072 or 4096.</translation>
    </message>
    <message>
        <source>Say where to write the private key with --out FILE.</source>
        <translation>Say where to write the private key with --out FILE.</translation>
    </message>
    <message>
        <source>Making an RSA key of %1 bits… (this can take a few seconds)</source>
        <translation>Making an RSA key of %1 bits… (this can take a few seconds)</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable only by you). Keep it secret: whoever has it can act as your HelseID client.</source>
        <translation>Private key written to %1 (readable only by you). Keep it secret: whoever has it can act as your HelseID client.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Public key written to %1.</translation>
    </message>
    <message>
        <source>A key file (JWK), public or private.</source>
        <translation>A key file (JWK), public or private.</translation>
    </message>
    <message>
        <source>Prints the key id (kid) of a key: its RFC 7638 SHA-256 thumbprint, base64url, as NHN&apos;s tools compute it.</source>
        <translation>Prints the key id (kid) of a key: its RFC 7638 SHA-256 thumbprint, base64url, as NHN&apos;s tools compute it.</translation>
    </message>
    <message>
        <source>Give exactly one key file.</source>
        <translation>Give exactly one key file.</translation>
    </message>
    <message>
        <source>%1 does not fit this key (RSA keys: RS*/PS*; EC keys: the ES* of their curve).</source>
        <translation>%1 does not fit this key (RSA keys: RS*/PS*; EC keys: the ES* of their curve).</translation>
    </message>
    <message>
        <source>Signing algorithm. Default: the key file&apos;s &quot;alg&quot;; without one, PS256 for RSA keys and the curve&apos;s ES* for EC keys.</source>
        <translation>Signing algorithm. Default: the key file&apos;s &quot;alg&quot;; without one, PS256 for RSA keys and the curve&apos;s ES* for EC keys.</translation>
    </message>
    <message>
        <source>Unknown key command: %1</source>
        <translation>Unknown key command: %1</translation>
    </message>
    <message>
        <source>Usage: sfmctl key generate [--alg ALG] [--bits BITS] --out FILE [--public-out FILE]</source>
        <translation>Usage: sfmctl key generate [--alg ALG] [--bits BITS] --out FILE [--public-out FILE]</translation>
    </message>
    <message>
        <source>       sfmctl key thumbprint FILE</source>
        <translation>       sfmctl key thumbprint FILE</translation>
    </message>
    <message>
        <source>Each has --help.</source>
        <translation>Each has --help.</translation>
    </message>
    <message>
        <source>The client&apos;s private key file (JWK).</source>
        <translation>The client&apos;s private key file (JWK).</translation>
    </message>
    <message>
        <source>The client id HelseID gave the client.</source>
        <translation>The client id HelseID gave the client.</translation>
    </message>
    <message>
        <source>The HelseID issuer, e.g. https://helseid-sts.test.nhn.no</source>
        <translation>The HelseID issuer, e.g. https://helseid-sts.test.nhn.no</translation>
    </message>
    <message>
        <source>Organization number of a child unit to act for (assertion_details).</source>
        <translation>Organization number of a child unit to act for (assertion_details).</translation>
    </message>
    <message>
        <source>Key id for the header. Default: the key&apos;s thumbprint.</source>
        <translation>Key id for the header. Default: the key&apos;s thumbprint.</translation>
    </message>
    <message>
        <source>Prints a fresh client assertion (private_key_jwt, valid 60 seconds) on the last line of stdout.</source>
        <translation>Prints a fresh client assertion (private_key_jwt, valid 60 seconds) on the last line of stdout.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>HTTP method of the request, e.g. POST.</source>
        <translation>HTTP method of the request, e.g. POST.</translation>
    </message>
    <message>
        <source>Full address of the request; query and fragment are left out of the proof.</source>
        <translation>Full address of the request; query and fragment are left out of the proof.</translation>
    </message>
    <message>
        <source>The server&apos;s DPoP-Nonce, when it asked for one.</source>
        <translation>The server&apos;s DPoP-Nonce, when it asked for one.</translation>
    </message>
    <message>
        <source>The access token the request carries (sets ath). &quot;-&quot; reads it from stdin, which keeps it out of the process list.</source>
        <translation>The access token the request carries (sets ath). &quot;-&quot; reads it from stdin, which keeps it out of the process list.</translation>
    </message>
    <message>
        <source>Prints a DPoP proof (RFC 9449) for one request on the last line of stdout.</source>
        <translation>Prints a DPoP proof (RFC 9449) for one request on the last line of stdout.</translation>
    </message>
    <message>
        <source>The access token is empty or too large.</source>
        <translation>The access token is empty or too large.</translation>
    </message>
    <message>
        <source>demo (the simulator), test, prod or custom.</source>
        <translation>demo (the simulator), test, prod or custom.</translation>
    </message>
    <message>
        <source>Demo: the simulator&apos;s address (its issuer), e.g. http://127.0.0.1:8443.</source>
        <translation>Demo: the simulator&apos;s address (its issuer), e.g. http://127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>Demo: the JSON line the simulator printed on start (or @FILE).</source>
        <translation>Demo: the JSON line the simulator printed on start (or @FILE).</translation>
    </message>
    <message>
        <source>Custom: the HelseID issuer.</source>
        <translation>Custom: the HelseID issuer.</translation>
    </message>
    <message>
        <source>Custom: the self-service API.</source>
        <translation>Custom: the self-service API.</translation>
    </message>
    <message>
        <source>Custom: the self-service portal.</source>
        <translation>Custom: the self-service portal.</translation>
    </message>
    <message>
        <source>The EPJ vendor&apos;s profile (Klientmal API key, scopes). Demo uses the built-in one.</source>
        <translation>The EPJ vendor&apos;s profile (Klientmal API key, scopes). Demo uses the built-in one.</translation>
    </message>
    <message>
        <source>Read the Klientmal&apos;s API key from stdin instead of the profile (also: environment variable SFM_API_KEY).</source>
        <translation>Read the Klientmal&apos;s API key from stdin instead of the profile (also: environment variable SFM_API_KEY).</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for someone to confirm or sign.</source>
        <translation>Stop (exit 7) when the onboarding waits for someone to confirm or sign.</translation>
    </message>
    <message>
        <source>Stop waiting after this long (e.g. 14d, 36h, 90m); default 14d.</source>
        <translation>Stop waiting after this long (e.g. 14d, 36h, 90m); default 14d.</translation>
    </message>
    <message>
        <source>Stop (exit 7) once this step is reached, e.g. key-ready: make and store the key now, register later.</source>
        <translation>Stop (exit 7) once this step is reached, e.g. key-ready: make and store the key now, register later.</translation>
    </message>
    <message>
        <source>When ready, write the EPJ configuration to this file.</source>
        <translation>When ready, write the EPJ configuration to this file.</translation>
    </message>
    <message>
        <source>Seconds before the first status check (default 5).</source>
        <translation>Seconds before the first status check (default 5).</translation>
    </message>
    <message>
        <source>Longest pause between status checks (default 60).</source>
        <translation>Longest pause between status checks (default 60).</translation>
    </message>
    <message>
        <source>Seconds to wait after the portal&apos;s confirmation before the first check (HelseID&apos;s cache; default 15).</source>
        <translation>Seconds to wait after the portal&apos;s confirmation before the first check (HelseID&apos;s cache; default 15).</translation>
    </message>
    <message>
        <source>Do not open a local port for the portal&apos;s redirect; notice the confirmation by checking only.</source>
        <translation>Do not open a local port for the portal&apos;s redirect; notice the confirmation by checking only.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message>
        <source>The demo environment needs the simulator: start it with «sfmctl sim» and give its address with --sim-url or its start line with --sim-info.</source>
        <translation>The demo environment needs the simulator: start it with «sfmctl sim» and give its address with --sim-url or its start line with --sim-info.</translation>
    </message>
    <message>
        <source>The simulator&apos;s addresses could not be read. Give --sim-url http://127.0.0.1:PORT.</source>
        <translation>The simulator&apos;s addresses could not be read. Give --sim-url http://127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>A custom environment needs --issuer, --api and --portal.</source>
        <translation>A custom environment needs --issuer, --api and --portal.</translation>
    </message>
    <message>
        <source>Unknown environment «%1»: use demo, test, prod or custom.</source>
        <translation>Unknown environment «%1»: use demo, test, prod or custom.</translation>
    </message>
    <message>
        <source>Could not read the deadline «%1»: write e.g. 14d, 36h or 90m.</source>
        <translation>Could not read the deadline «%1»: write e.g. 14d, 36h or 90m.</translation>
    </message>
    <message>
        <source>Give the polling times in whole seconds (1–3600).</source>
        <translation>Give the polling times in whole seconds (1–3600).</translation>
    </message>
    <message>
        <source>Unknown step «%1» for --stop-after: use key-ready, awaiting-confirmation or awaiting-access.</source>
        <translation>Unknown step «%1» for --stop-after: use key-ready, awaiting-confirmation or awaiting-access.</translation>
    </message>
    <message>
        <source>The organization number (9 digits).</source>
        <translation>The organization number (9 digits).</translation>
    </message>
    <message>
        <source>A child unit&apos;s organization number (repeat for more).</source>
        <translation>A child unit&apos;s organization number (repeat for more).</translation>
    </message>
    <message>
        <source>An existing journal&apos;s SFM-id (leave out for a new journal: HelseID assigns one).</source>
        <translation>An existing journal&apos;s SFM-id (leave out for a new journal: HelseID assigns one).</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists.</source>
        <translation>Your name for the journal, for lists.</translation>
    </message>
    <message>
        <source>A scope to ask for (repeat for more); default: the profile&apos;s preselected scopes.</source>
        <translation>A scope to ask for (repeat for more); default: the profile&apos;s preselected scopes.</translation>
    </message>
    <message>
        <source>Key algorithm (default PS256 with RSA 4096; ES256 etc. are not confirmed by HelseID).</source>
        <translation>Key algorithm (default PS256 with RSA 4096; ES256 etc. are not confirmed by HelseID).</translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation>RSA key size (default 4096).</translation>
    </message>
    <message>
        <source>Onboards one journal with Alternative 1: makes the key, keeps it in the keychain, registers the client draft, waits for confirmation and signing.</source>
        <translation>Onboards one journal with Alternative 1: makes the key, keeps it in the keychain, registers the client draft, waits for confirmation and signing.</translation>
    </message>
    <message>
        <source>Give the organization number with --org.</source>
        <translation>Give the organization number with --org.</translation>
    </message>
    <message>
        <source>The Klientmal does not offer the scope «%1». Offered: %2</source>
        <translation>The Klientmal does not offer the scope «%1». Offered: %2</translation>
    </message>
    <message>
        <source>Unknown algorithm «%1».</source>
        <translation>Unknown algorithm «%1».</translation>
    </message>
    <message>
        <source>--bits takes a number, e.g. 4096.</source>
        <translation>--bits takes a number, e.g. 4096.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3).</source>
        <translation>Onboarding %1 started (%2, organization %3).</translation>
    </message>
    <message>
        <source>Continues an unfinished onboarding from where it stopped (after a crash, a restart, --no-wait or an error).</source>
        <translation>Continues an unfinished onboarding from where it stopped (after a crash, a restart, --no-wait or an error).</translation>
    </message>
    <message>
        <source>Say which onboarding to resume (see «sfmctl list»).</source>
        <translation>Say which onboarding to resume (see «sfmctl list»).</translation>
    </message>
    <message>
        <source>This onboarding was cancelled. Start a new one with «sfmctl onboard».</source>
        <translation>This onboarding was cancelled. Start a new one with «sfmctl onboard».</translation>
    </message>
    <message>
        <source>Resuming onboarding %1 (%2).</source>
        <translation>Resuming onboarding %1 (%2).</translation>
    </message>
    <message>
        <source>Shows where an onboarding stands.</source>
        <translation>Shows where an onboarding stands.</translation>
    </message>
    <message>
        <source>Say which onboarding (its id, client id or journal name).</source>
        <translation>Say which onboarding (its id, client id or journal name).</translation>
    </message>
    <message>
        <source>Lists the onboardings in the folder.</source>
        <translation>Lists the onboardings in the folder.</translation>
    </message>
    <message>
        <source>No onboardings in %1.</source>
        <translation>No onboardings in %1.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Write the configuration here (default: print it).</source>
        <translation>Write the configuration here (default: print it).</translation>
    </message>
    <message>
        <source>The EPJ configuration is written to %1.</source>
        <translation>The EPJ configuration is written to %1.</translation>
    </message>
    <message>
        <source>An exported EPJ configuration file.</source>
        <translation>An exported EPJ configuration file.</translation>
    </message>
    <message>
        <source>Ask on behalf of this child unit.</source>
        <translation>Ask on behalf of this child unit.</translation>
    </message>
    <message>
        <source>Also print the access token itself (a secret: handle it with care).</source>
        <translation>Also print the access token itself (a secret: handle it with care).</translation>
    </message>
    <message>
        <source>Gets a client-credentials DPoP token with the client&apos;s key and shows its decoded header and claims.</source>
        <translation>Gets a client-credentials DPoP token with the client&apos;s key and shows its decoded header and claims.</translation>
    </message>
    <message>
        <source>This onboarding has no client yet. Resume it first.</source>
        <translation>This onboarding has no client yet. Resume it first.</translation>
    </message>
    <message>
        <source>Give an onboarding id or --config FILE.</source>
        <translation>Give an onboarding id or --config FILE.</translation>
    </message>
    <message>
        <source>Token type: %1, expires in %2 s, scope %3</source>
        <translation>Token type: %1, expires in %2 s, scope %3</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>On the command line: run again with --key-store file --passphrase-stdin to keep the key in a passphrase-protected file instead.</source>
        <translation>On the command line: run again with --key-store file --passphrase-stdin to keep the key in a passphrase-protected file instead.</translation>
    </message>
    <message>
        <source>On the command line: give the passphrase with --passphrase-stdin.</source>
        <translation>On the command line: give the passphrase with --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>A passphrase-protected key file needs its passphrase: give it on the first line of stdin with --passphrase-stdin.</source>
        <translation>A passphrase-protected key file needs its passphrase: give it on the first line of stdin with --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Unknown key store «%1»: use keychain or file.</source>
        <translation>Unknown key store «%1»: use keychain or file.</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organization number</translation>
    </message>
    <message>
        <source>Child units</source>
        <translation>Child units</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Key kept in</source>
        <translation>Key kept in</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Confirmation link</translation>
    </message>
    <message>
        <source>Portal answered</source>
        <translation>Portal answered</translation>
    </message>
    <message>
        <source>SFM-id</source>
        <translation>SFM-id</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next: sfmctl resume %1</source>
        <translation>Next: sfmctl resume %1</translation>
    </message>
    <message>
        <source>Next: sfmctl export %1 --out FILE</source>
        <translation>Next: sfmctl export %1 --out FILE</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Not yet: %1 (checking again by itself)</source>
        <translation>Not yet: %1 (checking again by itself)</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl resume %1».</source>
        <translation>Interrupted. Nothing is lost: continue with «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Stopped after «%1» as asked. Continue with «sfmctl resume %2».</source>
        <translation>Stopped after «%1» as asked. Continue with «sfmctl resume %2».</translation>
    </message>
    <message>
        <source>Confirmation link: %1</source>
        <translation>Confirmation link: %1</translation>
    </message>
    <message>
        <source>Waiting for someone to confirm in the portal. Continue later with «sfmctl resume %1».</source>
        <translation>Waiting for someone to confirm in the portal. Continue later with «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed. Continue later with «sfmctl resume %1».</source>
        <translation>Waiting for the agreement documents to be signed. Continue later with «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Onboarding: %1</source>
        <translation>Onboarding: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <source>SFM-id: %1</source>
        <translation>SFM-id: %1</translation>
    </message>
    <message>
        <source>Folder of the onboarding files.</source>
        <translation>Folder of the onboarding files.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Print one JSON event per line on stdout.</source>
        <translation>Print one JSON event per line on stdout.</translation>
    </message>
    <message>
        <source>Where new keys go: keychain (default) or file (a passphrase-protected file; needs --passphrase-stdin).</source>
        <translation>Where new keys go: keychain (default) or file (a passphrase-protected file; needs --passphrase-stdin).</translation>
    </message>
    <message>
        <source>keychain|file</source>
        <translation>keychain|file</translation>
    </message>
    <message>
        <source>Folder for passphrase-protected key files (with --key-store file).</source>
        <translation>Folder for passphrase-protected key files (with --key-store file).</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from the first line of stdin.</source>
        <translation>Read the key file&apos;s passphrase from the first line of stdin.</translation>
    </message>
    <message>
        <source>Generate a key pair or print a key&apos;s thumbprint</source>
        <translation>Generate a key pair or print a key&apos;s thumbprint</translation>
    </message>
    <message>
        <source>Print a fresh client assertion</source>
        <translation>Print a fresh client assertion</translation>
    </message>
    <message>
        <source>Print a DPoP proof</source>
        <translation>Print a DPoP proof</translation>
    </message>
    <message>
        <source>Start the built-in HelseID simulator</source>
        <translation>Start the built-in HelseID simulator</translation>
    </message>
    <message>
        <source>Onboard a journal with Alternative 1</source>
        <translation>Onboard a journal with Alternative 1</translation>
    </message>
    <message>
        <source>Show an onboarding&apos;s status</source>
        <translation>Show an onboarding&apos;s status</translation>
    </message>
    <message>
        <source>Resume an unfinished onboarding</source>
        <translation>Resume an unfinished onboarding</translation>
    </message>
    <message>
        <source>List onboardings</source>
        <translation>List onboardings</translation>
    </message>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Export the EPJ configuration</translation>
    </message>
    <message>
        <source>Get a test token and show its claims</source>
        <translation>Get a test token and show its claims</translation>
    </message>
    <message>
        <source>Import a configuration file from the portal</source>
        <translation>Import a configuration file from the portal</translation>
    </message>
    <message>
        <source>Usage: sfmctl COMMAND [OPTIONS]   (sfmctl COMMAND --help for more)</source>
        <translation>Usage: sfmctl COMMAND [OPTIONS]   (sfmctl COMMAND --help for more)</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Read the zip file&apos;s password (sent by SMS) as the first line of standard input.</source>
        <translation>Read the zip file&apos;s password (sent by SMS) as the first line of standard input.</translation>
    </message>
    <message>
        <source>The environment the file must be for: test, prod or demo. The file&apos;s HelseID address is checked against it.</source>
        <translation>The environment the file must be for: test, prod or demo. The file&apos;s HelseID address is checked against it.</translation>
    </message>
    <message>
        <source>Check the file against this HelseID issuer instead (checking only).</source>
        <translation>Check the file against this HelseID issuer instead (checking only).</translation>
    </message>
    <message>
        <source>Keep the key and start an onboarding for this organization number (9 digits); without it the file is only checked.</source>
        <translation>Keep the key and start an onboarding for this organization number (9 digits); without it the file is only checked.</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists (default: the client&apos;s name).</source>
        <translation>Your name for the journal, for lists (default: the client&apos;s name).</translation>
    </message>
    <message>
        <source>2 for a package link (default), 3 for a client made by hand in the portal.</source>
        <translation>2 for a package link (default), 3 for a client made by hand in the portal.</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for the documents to be signed; continue with «sfmctl resume».</source>
        <translation>Stop (exit 7) when the onboarding waits for the documents to be signed; continue with «sfmctl resume».</translation>
    </message>
    <message>
        <source>Once the key is kept, overwrite and delete FILE (it holds the private key).</source>
        <translation>Once the key is kept, overwrite and delete FILE (it holds the private key).</translation>
    </message>
    <message>
        <source>--environment demo needs the simulator: --sim-info with its start line, or --issuer with its issuer address.</source>
        <translation>--environment demo needs the simulator: --sim-info with its start line, or --issuer with its issuer address.</translation>
    </message>
    <message>
        <source>Unknown environment «%1». Use test, prod or demo.</source>
        <translation>Unknown environment «%1». Use test, prod or demo.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3, client %4).</source>
        <translation>Onboarding %1 started (%2, organization %3, client %4).</translation>
    </message>
    <message>
        <source>%1 was overwritten and deleted (on SSDs and in backups copies may remain).</source>
        <translation>%1 was overwritten and deleted (on SSDs and in backups copies may remain).</translation>
    </message>
    <message>
        <source>Reads the configuration file the HelseID portal made for a client (Alternatives 2 and 3): the password-protected zip file, or the JSON file inside it. Checks it and prints the client ID, the key ID, the scopes and any warnings; the private key is never printed. With --org it also keeps the key (in the keychain, or with --key-store file in a passphrase-protected file whose passphrase is the next line of standard input) and waits, like «sfmctl onboard», until the client is ready.</source>
        <translation>Reads the configuration file the HelseID portal made for a client (Alternatives 2 and 3): the password-protected zip file, or the JSON file inside it. Checks it and prints the client ID, the key ID, the scopes and any warnings; the private key is never printed. With --org it also keeps the key (in the keychain, or with --key-store file in a passphrase-protected file whose passphrase is the next line of standard input) and waits, like «sfmctl onboard», until the client is ready.</translation>
    </message>
    <message>
        <source>--alternative is 2 (package link) or 3 (made by hand).</source>
        <translation>--alternative is 2 (package link) or 3 (made by hand).</translation>
    </message>
    <message>
        <source>--delete-file, --no-wait and --name need --org: without it the file is only checked.</source>
        <translation>--delete-file, --no-wait and --name need --org: without it the file is only checked.</translation>
    </message>
    <message>
        <source>Keeping the key needs the environment: --environment test or prod, or demo with --sim-info.</source>
        <translation>Keeping the key needs the environment: --environment test or prod, or demo with --sim-info.</translation>
    </message>
    <message>
        <source>The file was checked; the key was not kept. To keep it and start an onboarding, add --org with the organization number.</source>
        <translation>The file was checked; the key was not kept. To keep it and start an onboarding, add --org with the organization number.</translation>
    </message>
    <message>
        <source>After a lost registration answer: use this client ID (from the portal) instead of making a new draft.</source>
        <translation>After a lost registration answer: use this client ID (from the portal) instead of making a new draft.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the renewal task: %1</source>
        <translation>Task Scheduler did not accept the renewal task: %1</translation>
    </message>
    <message>
        <source>The renewal agent is installed: the task «%1» runs «sfmctl renew --due» once a day.</source>
        <translation>The renewal agent is installed: the task «%1» runs «sfmctl renew --due» once a day.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 in %3.</source>
        <translation>Wrote %1 and %2 in %3.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1), so the agent is not active yet. In your desktop or login session, run:</source>
        <translation>systemd for your user could not be reached (%1), so the agent is not active yet. In your desktop or login session, run:</translation>
    </message>
    <message>
        <source>«systemctl --user %1» failed: %2</source>
        <translation>«systemctl --user %1» failed: %2</translation>
    </message>
    <message>
        <source>The renewal agent is active: it runs «sfmctl renew --due» once a day.</source>
        <translation>The renewal agent is active: it runs «sfmctl renew --due» once a day.</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Next run: %1</translation>
    </message>
    <message>
        <source>It runs while you are logged in. To let it run when you are not, ask an administrator for: loginctl enable-linger %1</source>
        <translation>It runs while you are logged in. To let it run when you are not, ask an administrator for: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not remove the renewal task: %1</source>
        <translation>Task Scheduler did not remove the renewal task: %1</translation>
    </message>
    <message>
        <source>The renewal agent is removed.</source>
        <translation>The renewal agent is removed.</translation>
    </message>
    <message>
        <source>The renewal agent is not installed for this user; nothing to remove.</source>
        <translation>The renewal agent is not installed for this user; nothing to remove.</translation>
    </message>
    <message>
        <source>The unit files in %1 could not all be removed. Remove them by hand.</source>
        <translation>The unit files in %1 could not all be removed. Remove them by hand.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1). If the timer is still loaded, it is gone after your next login, or run: systemctl --user daemon-reload</source>
        <translation>systemd for your user could not be reached (%1). If the timer is still loaded, it is gone after your next login, or run: systemctl --user daemon-reload</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renewed</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <source>renew in the portal</source>
        <translation>renew in the portal</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Last run: %1 (exit code %2): %3 renewed, %4 failed, %5 to renew in the portal, %6 not due.</source>
        <translation>Last run: %1 (exit code %2): %3 renewed, %4 failed, %5 to renew in the portal, %6 not due.</translation>
    </message>
    <message>
        <source>Someone must act on the lines above.</source>
        <translation>Someone must act on the lines above.</translation>
    </message>
    <message>
        <source>Renewal agent: installed (Task Scheduler, «%1»).</source>
        <translation>Renewal agent: installed (Task Scheduler, «%1»).</translation>
    </message>
    <message>
        <source>Renewal agent: not installed. Install it with: sfmctl agent install</source>
        <translation>Renewal agent: not installed. Install it with: sfmctl agent install</translation>
    </message>
    <message>
        <source>Renewal agent: installed (systemd user timer in %1).</source>
        <translation>Renewal agent: installed (systemd user timer in %1).</translation>
    </message>
    <message>
        <source>The package ships the timer (%1), disabled; «sfmctl agent install» sets it up for you.</source>
        <translation>The package ships the timer (%1), disabled; «sfmctl agent install» sets it up for you.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Timer: %1, %2.</source>
        <translation>Timer: %1, %2.</translation>
    </message>
    <message>
        <source>Last started: %1</source>
        <translation>Last started: %1</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1): the timer&apos;s times are not known.</source>
        <translation>systemd for your user could not be reached (%1): the timer&apos;s times are not known.</translation>
    </message>
    <message>
        <source>The agent has not run yet.</source>
        <translation>The agent has not run yet.</translation>
    </message>
    <message>
        <source>The renewal agent runs «sfmctl renew --due» once a day, so keys are renewed before they expire.
  install   set it up for this user (Linux: a systemd user timer; Windows: a Task Scheduler task). --user is the default and, for now, the only way: a system-wide agent may come later.
  status    whether it is set up, when it runs next and what it did last time
  remove    take it away again
  task-xml  print or write the Windows Task Scheduler definition (for deployment by an administrator)</source>
        <translation>The renewal agent runs «sfmctl renew --due» once a day, so keys are renewed before they expire.
  install   set it up for this user (Linux: a systemd user timer; Windows: a Task Scheduler task). --user is the default and, for now, the only way: a system-wide agent may come later.
  status    whether it is set up, when it runs next and what it did last time
  remove    take it away again
  task-xml  print or write the Windows Task Scheduler definition (for deployment by an administrator)</translation>
    </message>
    <message>
        <source>For the current user (the default).</source>
        <translation>For the current user (the default).</translation>
    </message>
    <message>
        <source>status: print JSON for scripts.</source>
        <translation>status: print JSON for scripts.</translation>
    </message>
    <message>
        <source>task-xml: the path of sfmctl.exe on the Windows PC.</source>
        <translation>task-xml: the path of sfmctl.exe on the Windows PC.</translation>
    </message>
    <message>
        <source>task-xml: write to this file (UTF-16).</source>
        <translation>task-xml: write to this file (UTF-16).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 7 installed but not active yet (run the command it prints).</source>
        <translation>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 7 installed but not active yet (run the command it prints).</translation>
    </message>
    <message>
        <source>Name one action: install, status, remove or task-xml.</source>
        <translation>Name one action: install, status, remove or task-xml.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Unknown action: %1</translation>
    </message>
    <message>
        <source>Set up, show or remove the daily key renewal</source>
        <translation>Set up, show or remove the daily key renewal</translation>
    </message>
    <message>
        <source>Wrote the Task Scheduler definition to %1. On the Windows PC, as the user who runs the onboardings, run:</source>
        <translation>Wrote the Task Scheduler definition to %1. On the Windows PC, as the user who runs the onboardings, run:</translation>
    </message>
    <message>
        <source>In use by: %1</source>
        <translation>In use by: %1</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>in use by %1</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by the server, 6 keychain, 7 waiting for someone or in use by another program (resume later), 8 cancelled.</source>
        <translation>Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by the server, 6 keychain, 7 waiting for someone or in use by another program (resume later), 8 cancelled.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Key expires</translation>
    </message>
    <message>
        <source>A key renewal is under way (step: %1); «sfmctl renew %2» continues it.</source>
        <translation>A key renewal is under way (step: %1); «sfmctl renew %2» continues it.</translation>
    </message>
    <message>
        <source>The previous key (%1) is kept until %2.</source>
        <translation>The previous key (%1) is kept until %2.</translation>
    </message>
    <message>
        <source>renewed: new key ID %1, expires %2</source>
        <translation>renewed: new key ID %1, expires %2</translation>
    </message>
    <message>
        <source>%1: the previous key&apos;s grace period is over; it is removed.</source>
        <translation>%1: the previous key&apos;s grace period is over; it is removed.</translation>
    </message>
    <message>
        <source>not due: the key expires %1</source>
        <translation>not due: the key expires %1</translation>
    </message>
    <message>
        <source>%1 renewed, %2 failed, %3 to renew in the portal, %4 not due.</source>
        <translation>%1 renewed, %2 failed, %3 to renew in the portal, %4 not due.</translation>
    </message>
    <message>
        <source>Renew every ready onboarding whose key expires within the window (what the renewal agent runs).</source>
        <translation>Renew every ready onboarding whose key expires within the window (what the renewal agent runs).</translation>
    </message>
    <message>
        <source>The window for --due: days (30d, 30) or weeks (4w). Default: 30 days.</source>
        <translation>The window for --due: days (30d, 30) or weeks (4w). Default: 30 days.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Registers a new key for the client with HelseID, authenticated with the current key, proves it with a token, switches to it and re-exports the EPJ configuration. The old key is kept for 14 days. A renewal cut short is continued by the next run.</source>
        <translation>Registers a new key for the client with HelseID, authenticated with the current key, proves it with a token, switches to it and re-exports the EPJ configuration. The old key is kept for 14 days. A renewal cut short is continued by the next run.</translation>
    </message>
    <message>
        <source>Give either an onboarding (its id, client id or journal name) or --due.</source>
        <translation>Give either an onboarding (its id, client id or journal name) or --due.</translation>
    </message>
    <message>
        <source>--within goes with --due.</source>
        <translation>--within goes with --due.</translation>
    </message>
    <message>
        <source>Renew a client&apos;s key, or every key that expires soon</source>
        <translation>Renew a client&apos;s key, or every key that expires soon</translation>
    </message>
    <message>
        <source>%1: the key renewal failed. Run «sfmctl renew %2» to see why.</source>
        <translation>%1: the key renewal failed. Run «sfmctl renew %2» to see why.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal before %2.</source>
        <translation>%1: renew the key in HelseID&apos;s portal before %2.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal.</source>
        <translation>%1: renew the key in HelseID&apos;s portal.</translation>
    </message>
    <message>
        <source>SFM: a HelseID key needs you</source>
        <translation>SFM: a HelseID key needs you</translation>
    </message>
    <message>
        <source>Add this scope (one the vendor profile offers).</source>
        <translation>Add this scope (one the vendor profile offers).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>Remove this scope.</source>
        <translation>Remove this scope.</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the new scope waits for signing.</source>
        <translation>Stop (exit 7) when the new scope waits for signing.</translation>
    </message>
    <message>
        <source>The vendor profile (default: the one the onboarding used).</source>
        <translation>The vendor profile (default: the one the onboarding used).</translation>
    </message>
    <message>
        <source>Adds or removes API scopes of a ready client. The client is read from HelseID and written back with only its scopes changed; then it waits until HelseID grants the new scopes (the agreement documents may have to be signed again).</source>
        <translation>Adds or removes API scopes of a ready client. The client is read from HelseID and written back with only its scopes changed; then it waits until HelseID grants the new scopes (the agreement documents may have to be signed again).</translation>
    </message>
    <message>
        <source>Say which onboarding to change (see «sfmctl list»).</source>
        <translation>Say which onboarding to change (see «sfmctl list»).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>Give at least one --add or --remove.</translation>
    </message>
    <message>
        <source>Add or remove API scopes of a ready client</source>
        <translation>Add or remove API scopes of a ready client</translation>
    </message>
    <message>
        <source>       sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>       sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</translation>
    </message>
    <message>
        <source>The EPJ configuration exported with the transfer file: says where the key goes and which key it must be.</source>
        <translation>The EPJ configuration exported with the transfer file: says where the key goes and which key it must be.</translation>
    </message>
    <message>
        <source>Installs the key from a transfer file on the computer where the EPJ runs, as the account it runs as.</source>
        <translation>Installs the key from a transfer file on the computer where the EPJ runs, as the account it runs as.</translation>
    </message>
    <message>
        <source>Give the transfer file.</source>
        <translation>Give the transfer file.</translation>
    </message>
    <message>
        <source>Give the transfer file&apos;s passphrase on the first line of stdin with --passphrase-stdin.</source>
        <translation>Give the transfer file&apos;s passphrase on the first line of stdin with --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Give the EPJ configuration exported with the transfer file (--config FILE).</source>
        <translation>Give the EPJ configuration exported with the transfer file (--config FILE).</translation>
    </message>
    <message>
        <source>The transfer file holds another key than the configuration names. Use the transfer file and the configuration of the same export.</source>
        <translation>The transfer file holds another key than the configuration names. Use the transfer file and the configuration of the same export.</translation>
    </message>
    <message>
        <source>The key (thumbprint %1) is installed: %2.</source>
        <translation>The key (thumbprint %1) is installed: %2.</translation>
    </message>
    <message>
        <source>the key file %1, readable only by %2</source>
        <translation>the key file %1, readable only by %2</translation>
    </message>
    <message>
        <source>The configuration keeps the key in «%1»; a transfer file installs into the keychain or a key file.</source>
        <translation>The configuration keeps the key in «%1»; a transfer file installs into the keychain or a key file.</translation>
    </message>
    <message>
        <source>The configuration names the keychain service «%1», but this program uses «%2».</source>
        <translation>The configuration names the keychain service «%1», but this program uses «%2».</translation>
    </message>
    <message>
        <source>The keychain gave back another key than was stored. Check the keychain, then install again.</source>
        <translation>The keychain gave back another key than was stored. Check the keychain, then install again.</translation>
    </message>
    <message>
        <source>this account&apos;s keychain, entry %1</source>
        <translation>this account&apos;s keychain, entry %1</translation>
    </message>
    <message>
        <source>Where the EPJ reads the key: keychain (this user&apos;s, the default unless the vendor profile names another), file (a key file only --owner may read) or transfer (a passphrase-protected file for another computer; the passphrase from stdin).</source>
        <translation>Where the EPJ reads the key: keychain (this user&apos;s, the default unless the vendor profile names another), file (a key file only --owner may read) or transfer (a passphrase-protected file for another computer; the passphrase from stdin).</translation>
    </message>
    <message>
        <source>The key file (with --key-to file) or the transfer file (with --key-to transfer) to write.</source>
        <translation>The key file (with --key-to file) or the transfer file (with --key-to transfer) to write.</translation>
    </message>
    <message>
        <source>The account the EPJ runs as: it alone may read the key file (with --key-to file).</source>
        <translation>The account the EPJ runs as: it alone may read the key file (with --key-to file).</translation>
    </message>
    <message>
        <source>Writes the EPJ configuration of a ready onboarding (docs/epj-config.md). It never contains the private key; --key-to says where the EPJ reads the key.</source>
        <translation>Writes the EPJ configuration of a ready onboarding (docs/epj-config.md). It never contains the private key; --key-to says where the EPJ reads the key.</translation>
    </message>
    <message>
        <source>--key-to needs --out FILE: the configuration names where the key went.</source>
        <translation>--key-to needs --out FILE: the configuration names where the key went.</translation>
    </message>
    <message>
        <source>--key-to is keychain, file or transfer.</source>
        <translation>--key-to is keychain, file or transfer.</translation>
    </message>
    <message>
        <source>The vendor profile says the EPJ cannot read the key from «%1»; it reads it from: %2.</source>
        <translation>The vendor profile says the EPJ cannot read the key from «%1»; it reads it from: %2.</translation>
    </message>
    <message>
        <source>--key-to %1 needs --key-file PATH.</source>
        <translation>--key-to %1 needs --key-file PATH.</translation>
    </message>
    <message>
        <source>--key-to file needs --owner ACCOUNT.</source>
        <translation>--key-to file needs --owner ACCOUNT.</translation>
    </message>
    <message>
        <source>--key-to transfer needs --passphrase-stdin: the transfer file&apos;s passphrase on a line of stdin.</source>
        <translation>--key-to transfer needs --passphrase-stdin: the transfer file&apos;s passphrase on a line of stdin.</translation>
    </message>
    <message>
        <source>The key is in %1, readable only by %2.</source>
        <translation>The key is in %1, readable only by %2.</translation>
    </message>
    <message>
        <source>The key is in the transfer file %1. On the EPJ&apos;s computer, as the account the EPJ runs as: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>The key is in the transfer file %1. On the EPJ&apos;s computer, as the account the EPJ runs as: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Could not write the report to %1.</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>The report is written to %1.</translation>
    </message>
    <message>
        <source>Row %1: %2 %3 — %4</source>
        <translation>Row %1: %2 %3 — %4</translation>
    </message>
    <message>
        <source>Check every row and print every problem; change nothing.</source>
        <translation>Check every row and print every problem; change nothing.</translation>
    </message>
    <message>
        <source>Write the report (CSV, or JSON with --json) to this file.</source>
        <translation>Write the report (CSV, or JSON with --json) to this file.</translation>
    </message>
    <message>
        <source>Run the good rows of a file that has problems.</source>
        <translation>Run the good rows of a file that has problems.</translation>
    </message>
    <message>
        <source>Onboards one journal per row of a CSV file with Alternative 1; a second run continues the same onboardings.</source>
        <translation>Onboards one journal per row of a CSV file with Alternative 1; a second run continues the same onboardings.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Give one CSV file.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 with problems, %2 to start, %3 to continue.</source>
        <translation>
            <numerusform>%n row checked: %1 with problems, %2 to start, %3 to continue.</numerusform>
            <numerusform>%n rows checked: %1 with problems, %2 to start, %3 to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed above). Correct them, or run the other rows with --skip-bad-rows.</source>
        <translation>
            <numerusform>%n row has problems (listed above). Correct it, or run the other rows with --skip-bad-rows.</numerusform>
            <numerusform>%n rows have problems (listed above). Correct them, or run the other rows with --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>HelseID asked us to slow down: pausing %1 s.</source>
        <translation>HelseID asked us to slow down: pausing %1 s.</translation>
    </message>
    <message>
        <source>Skipped: the row has problems.</source>
        <translation>Skipped: the row has problems.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: run the same file again, or «sfmctl watch --all».</source>
        <translation>Interrupted. Nothing is lost: run the same file again, or «sfmctl watch --all».</translation>
    </message>
    <message>
        <source>(not in the token)</source>
        <translation>(not in the token)</translation>
    </message>
    <message>
        <source>What SFM will see in the token:</source>
        <translation>What SFM will see in the token:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation>HPR number</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Security level</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n second(s)</source>
        <translation>
            <numerusform>%1, valid for %n second(s)</numerusform>
            <numerusform>%1, valid for %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT): the claims above come from HelseID&apos;s answer and the ID token.</source>
        <translation>The access token is opaque (not a JWT): the claims above come from HelseID&apos;s answer and the ID token.</translation>
    </message>
    <message>
        <source>The synthetic fødselsnummer of the test person (TEST and the simulator; default %1).</source>
        <translation>The synthetic fødselsnummer of the test person (TEST and the simulator; default %1).</translation>
    </message>
    <message>
        <source>Log a real person in (BankID or the like) instead of the test person. Always so in PROD.</source>
        <translation>Log a real person in (BankID or the like) instead of the test person. Always so in PROD.</translation>
    </message>
    <message>
        <source>Logs a prescriber in with the client, in the browser (BROWSER is honoured), and shows what SFM will see in the token. Exit 0 only when the token carries the SFM scope and the SFM-id.</source>
        <translation>Logs a prescriber in with the client, in the browser (BROWSER is honoured), and shows what SFM will see in the token. Exit 0 only when the token carries the SFM scope and the SFM-id.</translation>
    </message>
    <message>
        <source>Say which onboarding to test (see «sfmctl list»).</source>
        <translation>Say which onboarding to test (see «sfmctl list»).</translation>
    </message>
    <message>
        <source>Log in in the browser. If none opened, open this address: %1</source>
        <translation>Log in in the browser. If none opened, open this address: %1</translation>
    </message>
    <message>
        <source>SFM will accept this token: the EPJ can call SFM with this client.</source>
        <translation>SFM will accept this token: the EPJ can call SFM with this client.</translation>
    </message>
    <message>
        <source>For a client that cannot see its own status (no nhn:selvbetjening/client): you checked in the portal that the agreement documents are signed.</source>
        <translation>For a client that cannot see its own status (no nhn:selvbetjening/client): you checked in the portal that the agreement documents are signed.</translation>
    </message>
    <message>
        <source>The scope to ask for (default: nhn:selvbetjening/client, else the client&apos;s first scope that is not SFM&apos;s).</source>
        <translation>The scope to ask for (default: nhn:selvbetjening/client, else the client&apos;s first scope that is not SFM&apos;s).</translation>
    </message>
    <message>
        <source>SFM needs a user: HelseID gives a token for «%1» only to a person logged in with this client, never to the client alone. To prove that the EPJ can call SFM, run the test login: «sfmctl login-test %2».</source>
        <translation>SFM needs a user: HelseID gives a token for «%1» only to a person logged in with this client, never to the client alone. To prove that the EPJ can call SFM, run the test login: «sfmctl login-test %2».</translation>
    </message>
    <message>
        <source>The token is opaque (not a JWT): it carries no claims this program can read. Only the API it is meant for can look inside it.</source>
        <translation>The token is opaque (not a JWT): it carries no claims this program can read. Only the API it is meant for can look inside it.</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Test login</translation>
    </message>
    <message>
        <source>SFM accepted the client (%1)</source>
        <translation>SFM accepted the client (%1)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>confirmed by you in the portal (%1)</source>
        <translation>confirmed by you in the portal (%1)</translation>
    </message>
    <message>
        <source>When the agreement documents are signed (check in the portal), continue with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».</source>
        <translation>When the agreement documents are signed (check in the portal), continue with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».</translation>
    </message>
    <message>
        <source>Every onboarding in the folder that waits for someone.</source>
        <translation>Every onboarding in the folder that waits for someone.</translation>
    </message>
    <message>
        <source>Follows waiting onboardings until they are ready or their deadline passes.</source>
        <translation>Follows waiting onboardings until they are ready or their deadline passes.</translation>
    </message>
    <message>
        <source>Give --all or the onboardings to follow (see «sfmctl list»).</source>
        <translation>Give --all or the onboardings to follow (see «sfmctl list»).</translation>
    </message>
    <message>
        <source>No onboarding waits for anyone.</source>
        <translation>No onboarding waits for anyone.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its key is in the other key store; follow it with «sfmctl resume %1».</source>
        <translation>%1: its key is in the other key store; follow it with «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl watch --all».</source>
        <translation>Interrupted. Nothing is lost: continue with «sfmctl watch --all».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n onboarding(s) ready.</source>
        <translation>
            <numerusform>%1 of %n onboarding ready.</numerusform>
            <numerusform>%1 of %n onboardings ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a prescriber in and show what SFM will see</source>
        <translation>Log a prescriber in and show what SFM will see</translation>
    </message>
    <message>
        <source>Onboard one journal per row of a CSV file</source>
        <translation>Onboard one journal per row of a CSV file</translation>
    </message>
    <message>
        <source>Follow waiting onboardings until they are ready</source>
        <translation>Follow waiting onboardings until they are ready</translation>
    </message>
    <message>
        <source>skipped: in use by %1</source>
        <translation>skipped: in use by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: in use by another program (the next run tries again).</source>
        <translation>
            <numerusform>%n skipped: in use by another program (the next run tries again).</numerusform>
            <numerusform>%n skipped: in use by another program (the next run tries again).</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer, for the confirmation e-mail (kept with the onboarding, never sent to HelseID).</source>
        <translation>The customer&apos;s confirmer, for the confirmation e-mail (kept with the onboarding, never sent to HelseID).</translation>
    </message>
    <message>
        <source>The language of the confirmation e-mail: nb, nn or en (default: the program&apos;s).</source>
        <translation>The language of the confirmation e-mail: nb, nn or en (default: the program&apos;s).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No onboarding in %1 can be used: every file there was refused (below).</source>
        <translation>No onboarding in %1 can be used: every file there was refused (below).</translation>
    </message>
    <message>
        <source>E-mail:   %1</source>
        <translation>E-mail:   %1</translation>
    </message>
    <message>
        <source>(none: the mail program asks)</source>
        <translation>(none: the mail program asks)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>(the program&apos;s)</source>
        <translation>(the program&apos;s)</translation>
    </message>
    <message>
        <source>The confirmer&apos;s e-mail address; an empty value removes it.</source>
        <translation>The confirmer&apos;s e-mail address; an empty value removes it.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s language: nb, nn or en; an empty value means the program&apos;s language.</source>
        <translation>The e-mail&apos;s language: nb, nn or en; an empty value means the program&apos;s language.</translation>
    </message>
    <message>
        <source>Shows or changes whom the confirmation e-mail of an onboarding goes to, and in which language. Kept with the onboarding and never sent to HelseID, so it can change at any step, also after the client is registered.</source>
        <translation>Shows or changes whom the confirmation e-mail of an onboarding goes to, and in which language. Kept with the onboarding and never sent to HelseID, so it can change at any step, also after the client is registered.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 is saved.</source>
        <translation>The contact of onboarding %1 is saved.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 was already so.</source>
        <translation>The contact of onboarding %1 was already so.</translation>
    </message>
    <message>
        <source>--contact-email and --contact-language need --org: without it the file is only checked.</source>
        <translation>--contact-email and --contact-language need --org: without it the file is only checked.</translation>
    </message>
    <message>
        <source>Show or change whom the confirmation e-mail goes to</source>
        <translation>Show or change whom the confirmation e-mail goes to</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AgentState</name>
    <message>
        <source>The record of the renewal agent&apos;s last run (%1) cannot be read. It is rewritten after the next run; you may also delete it.</source>
        <translation>Registeret over den siste køyringa til fornyingsagenten (%1) kan ikkje lesast. Det vert skrive på nytt etter neste køyring; du kan også slette det.</translation>
    </message>
    <message>
        <source>The renewal agent could not record its run in %1. Check that the folder exists and that you may write to it.</source>
        <translation>Fornyingsagenten kunne ikkje registrere køyringa i %1. Sjekk at mappa finst og at du har lov til å skrive til ho.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: %1</source>
        <translation> Tenaren sa: %1</translation>
    </message>
    <message>
        <source>The self-service API rejected %1.</source>
        <translation>API-et til Selvbetjening avviste %1.</translation>
    </message>
    <message>
        <source> Correct the details and try again.</source>
        <translation> Rett opplysningane og prøv igjen.</translation>
    </message>
    <message>
        <source>The self-service API did not accept the credentials for %1. Check the key and that the client has access to the self-service API (nhn:selvbetjening/client).</source>
        <translation>API-et til Selvbetjening godtok ikkje legitimasjonen for %1. Sjekk nøkkelen og at klienten har tilgang til API-et til Selvbetjening (nhn:selvbetjening/client).</translation>
    </message>
    <message>
        <source>The self-service API refused %1: the client is not allowed to do that.</source>
        <translation>API-et til Selvbetjening nekta %1: klienten har ikkje lov til det.</translation>
    </message>
    <message>
        <source>The self-service API does not know what %1 asked for. Check the environment settings.</source>
        <translation>API-et til Selvbetjening kjenner ikkje det %1 bad om. Sjekk miljøinnstillingane.</translation>
    </message>
    <message>
        <source>The self-service API reported a conflict for %1.</source>
        <translation>API-et til Selvbetjening melde om ein konflikt for %1.</translation>
    </message>
    <message>
        <source>The self-service API is busy. Wait a minute and try %1 again.</source>
        <translation>API-et til Selvbetjening er oppteke. Vent eit minutt og prøv %1 igjen.</translation>
    </message>
    <message>
        <source>The self-service API has a problem right now (HTTP %1) and could not complete %2. Try again later.</source>
        <translation>API-et til Selvbetjening har eit problem akkurat no (HTTP %1) og kunne ikkje fullføre %2. Prøv igjen seinare.</translation>
    </message>
    <message>
        <source>The self-service API answered %1 with an error (HTTP %2).</source>
        <translation>API-et til Selvbetjening svarte på %1 med ein feil (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ClientInfo</name>
    <message>
        <source>The self-service API gave an answer about the client that this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>API-et til Selvbetjening gav eit svar om klienten som dette programmet ikkje kan lese. Prøv igjen seinare; kontakt brukarstøtta om det held fram.</translation>
    </message>
</context>
<context>
    <name>CryptoText</name>
    <message>
        <source>A client assertion needs the client id. Enter the client id HelseID gave this client.</source>
        <translation>Ein klientpåstand (client assertion) treng klient-ID-en. Skriv inn klient-ID-en HelseID gav denne klienten.</translation>
    </message>
    <message>
        <source>A client assertion needs its audience (the HelseID issuer). Choose the environment, or enter the issuer&apos;s address.</source>
        <translation>Ein klientpåstand treng mottakaren sin (HelseID-utferdaren). Vel miljøet, eller skriv inn adressa til utferdaren.</translation>
    </message>
    <message>
        <source>A client assertion must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Ein klientpåstand må signerast med den private nøkkelen til klienten, og han er ikkje tilgjengeleg. Vel fila med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>A DPoP proof needs the HTTP method of the request (such as POST or GET).</source>
        <translation>Eit DPoP-prov treng HTTP-metoden til førespurnaden (til dømes POST eller GET).</translation>
    </message>
    <message>
        <source>A DPoP proof needs the full http(s) address of the request.</source>
        <translation>Eit DPoP-prov treng heile http(s)-adressa til førespurnaden.</translation>
    </message>
    <message>
        <source>A DPoP proof must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Eit DPoP-prov må signerast med den private nøkkelen til klienten, og han er ikkje tilgjengeleg. Vel fila med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key (JWK) lacks the member &quot;%1&quot;. Check that the whole key was copied.</source>
        <translation>Nøkkelen (JWK) manglar medlemmen «%1». Sjekk at heile nøkkelen vart kopiert.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the key (JWK) is not valid base64url. Check that the whole key was copied unchanged.</source>
        <translation>Medlemmen «%1» i nøkkelen (JWK) er ikkje gyldig base64url. Sjekk at heile nøkkelen vart kopiert uendra.</translation>
    </message>
    <message>
        <source>The key (JWK) is not a valid key (for an EC key: the point is not on the curve). Check that the whole key was copied unchanged.</source>
        <translation>Nøkkelen (JWK) er ikkje ein gyldig nøkkel (for ein EC-nøkkel: punktet ligg ikkje på kurva). Sjekk at heile nøkkelen vart kopiert uendra.</translation>
    </message>
    <message>
        <source>The RSA key has more than two primes, which HelseID does not accept. Make a new key.</source>
        <translation>RSA-nøkkelen har meir enn to primtal, og det godtek ikkje HelseID. Lag ein ny nøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) could not be read.</source>
        <translation>Nøkkelen (JWK) kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; HelseID needs at least %2. Make a new key of 2048 bits or more (4096 is recommended).</source>
        <translation>RSA-nøkkelen har %1 bit; HelseID krev minst %2. Lag ein ny nøkkel på 2048 bit eller meir (4096 er tilrådd).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than this program accepts (%2). Use a key of 2048 to 4096 bits.</source>
        <translation>RSA-nøkkelen har %1 bit, meir enn dette programmet godtek (%2). Bruk ein nøkkel på 2048 til 4096 bit.</translation>
    </message>
    <message>
        <source>The private RSA key (JWK) is incomplete: it needs d, p, q, dp, dq and qi. Export the key again with all its members.</source>
        <translation>Den private RSA-nøkkelen (JWK) er ufullstendig: han treng d, p, q, dp, dq og qi. Eksporter nøkkelen på nytt med alle medlemmene.</translation>
    </message>
    <message>
        <source>The key uses the curve &quot;%1&quot;, which HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>Nøkkelen brukar kurva «%1», som HelseID ikkje godtek. Bruk P-256, P-384 eller P-521, eller ein RSA-nøkkel.</translation>
    </message>
    <message>
        <source>A coordinate of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>Ein koordinat i EC-nøkkelen (JWK) er for lang for kurva %1. Sjekk at nøkkelen vart kopiert uendra.</translation>
    </message>
    <message>
        <source>The private part of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>Den private delen av EC-nøkkelen (JWK) er for lang for kurva %1. Sjekk at nøkkelen vart kopiert uendra.</translation>
    </message>
    <message>
        <source>The key (JWK) is marked for a use other than signing (&quot;use&quot; must be &quot;sig&quot;). Use a signing key.</source>
        <translation>Nøkkelen (JWK) er merkt for anna bruk enn signering («use» må vere «sig»). Bruk ein signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) is meant for the algorithm &quot;%1&quot;, which HelseID does not accept. Use RS256/384/512, PS256/384/512 or ES256/384/512.</source>
        <translation>Nøkkelen (JWK) er meint for algoritmen «%1», som HelseID ikkje godtek. Bruk RS256/384/512, PS256/384/512 eller ES256/384/512.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported. Use an RSA or EC key.</source>
        <translation>Nøkkeltypen «%1» er ikkje støtta. Bruk ein RSA- eller EC-nøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) names the algorithm %1, which does not fit the key itself. Fix &quot;alg&quot; or use a matching key.</source>
        <translation>Nøkkelen (JWK) oppgjev algoritmen %1, som ikkje passar til sjølve nøkkelen. Rett «alg» eller bruk ein nøkkel som passar.</translation>
    </message>
    <message>
        <source>The signed token is damaged or incomplete. Get a new one and check that it was copied completely.</source>
        <translation>Det signerte tokenet er skadd eller ufullstendig. Hent eit nytt og sjekk at det vart kopiert heilt.</translation>
    </message>
    <message>
        <source>The signed token is far larger than any HelseID token; it was not read.</source>
        <translation>Det signerte tokenet er langt større enn noko HelseID-token; det vart ikkje lese.</translation>
    </message>
    <message>
        <source>Signing needs the private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Signering krev den private nøkkelen, og han er ikkje tilgjengeleg. Vel fila med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The algorithm %1 does not fit this key. Choose an algorithm for the key&apos;s type (RSA: RS*/PS*, EC: the ES* of its curve).</source>
        <translation>Algoritmen %1 passar ikkje til denne nøkkelen. Vel ein algoritme for nøkkeltypen (RSA: RS*/PS*, EC: ES* for kurva).</translation>
    </message>
    <message>
        <source>Signing failed. Try again; if it keeps failing, report the details to support.</source>
        <translation>Signeringa mislukkast. Prøv igjen; om det held fram med å feile, send detaljane til brukarstøtta.</translation>
    </message>
    <message>
        <source>Signing failed. Try again.</source>
        <translation>Signeringa mislukkast. Prøv igjen.</translation>
    </message>
    <message>
        <source>The token is not signed (algorithm &quot;none&quot;) and was refused.</source>
        <translation>Tokenet er ikkje signert (algoritme «none») og vart avvist.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (%1); only public-key signatures are accepted.</source>
        <translation>Tokenet er signert med ein delt løyndom (%1); berre signaturar med offentleg nøkkel vert godtekne.</translation>
    </message>
    <message>
        <source>The token is signed with the algorithm &quot;%1&quot;, which is not accepted.</source>
        <translation>Tokenet er signert med algoritmen «%1», som ikkje vert godteken.</translation>
    </message>
    <message>
        <source>The token is signed with %1, which is not allowed here.</source>
        <translation>Tokenet er signert med %1, som ikkje er tillate her.</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot;) that is not supported.</source>
        <translation>Tokenet krev ei utviding («crit») som ikkje er støtta.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 does not fit the key it is checked with. Check that the right key is used.</source>
        <translation>Algoritmen %1 i tokenet passar ikkje til nøkkelen det vert sjekka med. Sjekk at rett nøkkel vert brukt.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid for this key: it was changed, or signed with another key.</source>
        <translation>Signaturen til tokenet er ikkje gyldig for denne nøkkelen: det er endra, eller signert med ein annan nøkkel.</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits cannot be made here. Choose 2048, 3072 or 4096 bits.</source>
        <translation>Ein RSA-nøkkel på %1 bit kan ikkje lagast her. Vel 2048, 3072 eller 4096 bit.</translation>
    </message>
    <message>
        <source>The RSA key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>RSA-nøkkelen kunne ikkje lagast. Prøv igjen; om det held fram med å feile, send detaljane til brukarstøtta.</translation>
    </message>
    <message>
        <source>The EC key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>EC-nøkkelen kunne ikkje lagast. Prøv igjen; om det held fram med å feile, send detaljane til brukarstøtta.</translation>
    </message>
    <message>
        <source>The key file is too large to be a key (JWK). Check that you chose the right file.</source>
        <translation>Nøkkelfila er for stor til å vere ein nøkkel (JWK). Sjekk at du valde rett fil.</translation>
    </message>
    <message>
        <source>The key is not a JSON object (JWK). Check that you chose the right file and that it was copied completely.</source>
        <translation>Nøkkelen er ikkje eit JSON-objekt (JWK). Sjekk at du valde rett fil og at ho vart kopiert heilt.</translation>
    </message>
    <message>
        <source>The stored private key could not be read. It may be damaged; import the key again or make a new one.</source>
        <translation>Den lagra private nøkkelen kunne ikkje lesast. Han kan vere skadd; importer nøkkelen på nytt eller lag ein ny.</translation>
    </message>
    <message>
        <source>The public key could not be read. Check that it was copied completely.</source>
        <translation>Den offentlege nøkkelen kunne ikkje lesast. Sjekk at han vart kopiert heilt.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Nøkkelen kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The key uses an elliptic curve HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>Nøkkelen brukar ei elliptisk kurve som HelseID ikkje godtek. Bruk P-256, P-384 eller P-521, eller ein RSA-nøkkel.</translation>
    </message>
    <message>
        <source>This kind of key is not supported. Use an RSA key (2048 bits or more) or an EC key on P-256, P-384 or P-521.</source>
        <translation>Denne nøkkeltypen er ikkje støtta. Bruk ein RSA-nøkkel (2048 bit eller meir) eller ein EC-nøkkel på P-256, P-384 eller P-521.</translation>
    </message>
    <message>
        <source>The public key is not valid (for an EC key: the point is not on the curve). Check that the file was copied completely.</source>
        <translation>Den offentlege nøkkelen er ikkje gyldig (for ein EC-nøkkel: punktet ligg ikkje på kurva). Sjekk at fila vart kopiert heilt.</translation>
    </message>
    <message>
        <source>The private part of the key does not belong to its public part. The key file is damaged; use the original or make a new key.</source>
        <translation>Den private delen av nøkkelen høyrer ikkje til den offentlege delen. Nøkkelfila er skadd; bruk originalen eller lag ein ny nøkkel.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>HelseID&apos;s configuration document could not be read. Check the environment settings and try again later.</source>
        <translation>Konfigurasjonsdokumentet til HelseID kunne ikkje lesast. Sjekk miljøinnstillingane og prøv igjen seinare.</translation>
    </message>
    <message>
        <source>HelseID&apos;s configuration document names another issuer than the one configured, so it is not used. Check the environment settings.</source>
        <translation>Konfigurasjonsdokumentet til HelseID oppgjev ein annan utferdar enn den som er sett opp, så det vert ikkje brukt. Sjekk miljøinnstillingane.</translation>
    </message>
</context>
<context>
    <name>DotNetRsaKeyXml</name>
    <message>
        <source>The RSA key in the configuration file (rsaPrivateKey) could not be read. Download the configuration file from the portal again.</source>
        <translation>RSA-nøkkelen i konfigurasjonsfila (rsaPrivateKey) kunne ikkje lesast. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The RSA key in the configuration file is far larger than any real key. Check that you chose the file from the HelseID portal.</source>
        <translation>RSA-nøkkelen i konfigurasjonsfila er langt større enn nokon ekte nøkkel. Sjekk at du valde fila frå HelseID-portalen.</translation>
    </message>
    <message>
        <source>The configuration file holds only the public part of the RSA key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila inneheld berre den offentlege delen av RSA-nøkkelen, så ho kan ikkje brukast til å logge inn i HelseID. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The simulator&apos;s start line could not be used: it must name loopback addresses for issuer, api and portal.</source>
        <translation>Startlinja frå simulatoren kunne ikkje brukast: ho må oppgje loopback-adresser for issuer, api og portal.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Use test or prod (demo and custom environments need their addresses).</source>
        <translation>Ukjent miljø «%1». Bruk test eller prod (demo- og eigendefinerte miljø treng adressene sine).</translation>
    </message>
    <message>
        <source>Practice (simulator)</source>
        <translation>Øving (simulator)</translation>
    </message>
    <message>
        <source>HelseID TEST</source>
        <translation>HelseID TEST</translation>
    </message>
    <message>
        <source>HelseID production</source>
        <translation>HelseID produksjon</translation>
    </message>
    <message>
        <source>Custom environment</source>
        <translation>Eigendefinert miljø</translation>
    </message>
    <message>
        <source>The onboarding file names the environment «%1» with addresses that do not belong to it. The file was changed outside this program; it is not used.</source>
        <translation>Onboardingfila oppgjev miljøet «%1» med adresser som ikkje høyrer til det. Fila er endra utanfor dette programmet og vert ikkje brukt.</translation>
    </message>
</context>
<context>
    <name>EpjConfiguration</name>
    <message>
        <source>This is not a valid EPJ configuration file (%1). Export it again from the onboarding.</source>
        <translation>Dette er ikkje ei gyldig EPJ-konfigurasjonsfil (%1). Eksporter ho på nytt frå tilkoplinga.</translation>
    </message>
    <message>
        <source>The EPJ configuration file has version %1, which this program does not know. Use a newer version of the program.</source>
        <translation>EPJ-konfigurasjonsfila har versjon %1, som dette programmet ikkje kjenner. Bruk ein nyare versjon av programmet.</translation>
    </message>
    <message>
        <source>Could not read the EPJ configuration file %1. Check the path and its permissions.</source>
        <translation>Kunne ikkje lese EPJ-konfigurasjonsfila %1. Sjekk stien og rettane.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an EPJ configuration file.</source>
        <translation>Fila %1 er for stor til å vere ei EPJ-konfigurasjonsfil.</translation>
    </message>
    <message>
        <source>The configuration names an unknown algorithm.</source>
        <translation>Konfigurasjonen oppgjev ein ukjend algoritme.</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read. Check the file in the network settings.</source>
        <translation>Sertifikatfila %1 kan ikkje lesast. Sjekk fila i nettverksinnstillingane.</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file. Choose the root certificate your IT department gave you, in PEM format.</source>
        <translation>%1 er for stor til å vere ei sertifikatfil. Vel rotsertifikatet du fekk frå IT-avdelinga, i PEM-format.</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Ask IT for the root certificate as PEM (Base64) and choose it again.</source>
        <translation>%1 inneheld ikkje noko sertifikat i PEM-format (tekst som byrjar med «-----BEGIN CERTIFICATE-----»). Be IT om rotsertifikatet som PEM (Base64), og vel det på nytt.</translation>
    </message>
    <message>
        <source>The certificates in %1 are expired or not yet valid. Check your computer&apos;s date and time, or ask IT for the current root certificate.</source>
        <translation>Sertifikata i %1 har gått ut eller er ikkje gyldige enno. Sjekk dato og klokkeslett på datamaskina, eller be IT om det gjeldande rotsertifikatet.</translation>
    </message>
    <message>
        <source>%1 holds a certificate that is not a certificate authority (%2), for example a website&apos;s own certificate. Only a root certificate (CA) may be added: ask IT for the root certificate of the network&apos;s proxy.</source>
        <translation>%1 inneheld eit sertifikat som ikkje er ein sertifikatutferdar (%2), til dømes eit nettstad sitt eige sertifikat. Berre eit rotsertifikat (CA) kan leggjast til: be IT om rotsertifikatet til mellomtenaren (proxy) i nettverket.</translation>
    </message>
    <message>
        <source>The certificate file %1 has changed since it was chosen, so its certificates are not trusted. If IT gave you a new root certificate, choose the file again in the network settings and compare its fingerprint; otherwise remove it there.</source>
        <translation>Sertifikatfila %1 er endra sidan ho vart vald, så sertifikata i ho vert ikkje klarerte. Har IT gjeve deg eit nytt rotsertifikat, vel du fila på nytt i nettverksinnstillingane og samanliknar fingeravtrykket; elles fjernar du ho der.</translation>
    </message>
    <message>
        <source>The extra root certificate %1 has not been confirmed by its fingerprint, so it is not trusted. Choose the file again in the wizard&apos;s network settings and compare the fingerprint with the one IT gave you.</source>
        <translation>Det ekstra rotsertifikatet %1 er ikkje stadfesta med fingeravtrykket sitt, så det vert ikkje klarert. Vel fila på nytt i nettverksinnstillingane i vegvisaren, og samanlikn fingeravtrykket med det IT gav deg.</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Sets up the HelseID client a journal system needs for SFM.</source>
        <translation>Set opp HelseID-klienten eit journalsystem treng for SFM.</translation>
    </message>
    <message>
        <source>Start in practice mode, against the built-in HelseID simulator.</source>
        <translation>Start i øvingsmodus, mot den innebygde HelseID-simulatoren.</translation>
    </message>
    <message>
        <source>The language: nb, nn or en.</source>
        <translation>Språket: nb, nn eller en.</translation>
    </message>
    <message>
        <source>The vendor profile file to use.</source>
        <translation>Leverandørprofilfila som skal brukast.</translation>
    </message>
    <message>
        <source>Where onboardings are saved (for support staff and tests).</source>
        <translation>Kvar tilkoplingar vert lagra (for brukarstøtte og testar).</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>Bruk ein mørk fargepalett.</translation>
    </message>
    <message>
        <source>Practice mode: seconds until the simulator signs (default 8).</source>
        <translation>Øvingsmodus: sekund til simulatoren signerer (standard 8).</translation>
    </message>
    <message>
        <source>--auto-sign-seconds needs a number of seconds.</source>
        <translation>--auto-sign-seconds treng eit tal på sekund.</translation>
    </message>
    <message>
        <source>Unknown language «%1»: use nb, nn or en.</source>
        <translation>Ukjent språk «%1»: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Render every page (in nb, nn and en, or in --language) to PNG files in dir, then exit.</source>
        <translation>Lag bilete av kvar side (på nb, nn og en, eller på --language) som PNG-filer i dir, og avslutt.</translation>
    </message>
    <message>
        <source>Print «shown» once the first page is on screen, then quit (for benchmarks).</source>
        <translation>Skriv «shown» når første sida er vist, og avslutt (for ytingsmålingar).</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>«%1» is not a renewal window. Give a number of days, such as 30d, or of weeks, such as 4w (at most %2 days).</source>
        <translation>«%1» er ikkje eit gyldig tidsrom for fornying. Oppgje eit tal dagar, til dømes 30d, eller veker, til dømes 4w (høgst %2 dagar).</translation>
    </message>
</context>
<context>
    <name>KeyHandover</name>
    <message>
        <source>Could not write the key file %1. Check that the folder exists and that you may write there.</source>
        <translation>Kunne ikkje skrive nøkkelfila %1. Sjekk at mappa finst og at du har lov til å skrive der.</translation>
    </message>
    <message>
        <source>There is no account named «%1» on this computer. Give the account the EPJ runs as.</source>
        <translation>Det finst ingen konto som heiter «%1» på denne datamaskina. Oppgi kontoen EPJ-en køyrer som.</translation>
    </message>
    <message>
        <source>Only an administrator can make a key file for the account «%1». Run the export as administrator (root), or as that account.</source>
        <translation>Berre ein administrator kan lage ei nøkkelfil for kontoen «%1». Køyr eksporten som administrator (root), eller som den kontoen.</translation>
    </message>
    <message>
        <source>Say where the key file goes: choose a file name.</source>
        <translation>Sei kvar nøkkelfila skal liggje: vel eit filnamn.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name in it.</source>
        <translation>%1 er ei mappe: vel eit filnamn i ho.</translation>
    </message>
    <message>
        <source>Say which account the EPJ runs as: only that account may read the key file.</source>
        <translation>Sei kva konto EPJ-en køyrer som: berre den kontoen får lese nøkkelfila.</translation>
    </message>
    <message>
        <source>Could not read the key file %1. Run this as the account that owns it.</source>
        <translation>Kunne ikkje lese nøkkelfila %1. Køyr dette som kontoen som eig ho.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 er ikkje ei fil med ein privat nøkkel.</translation>
    </message>
    <message>
        <source>Could not read the transfer file %1. Check the path.</source>
        <translation>Kunne ikkje lese overføringsfila %1. Sjekk stien.</translation>
    </message>
</context>
<context>
    <name>LibArchive</name>
    <message>
        <source>The zip reader (libarchive) is not installed, so the zip file cannot be opened. Install libarchive, or extract the JSON file with another tool and import that file.</source>
        <translation>Zip-lesaren (libarchive) er ikkje installert, så zip-fila kan ikkje opnast. Installer libarchive, eller pakk ut JSON-fila med eit anna verktøy og importer den fila.</translation>
    </message>
</context>
<context>
    <name>LibQrencode</name>
    <message>
        <source>The QR code cannot be shown: the QR code library (libqrencode) is not installed. Open, copy or e-mail the link instead.</source>
        <translation>QR-koden kan ikkje visast: QR-kodebiblioteket (libqrencode) er ikkje installert. Opne, kopier eller send lenkja på e-post i staden.</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>%1 (%2, process %3) since %4</source>
        <translation>%1 (%2, prosess %3) sidan %4</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%1 på %2 (%3, prosess %4) sidan %5</translation>
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 svarte ikkje innan %2 sekund. Sjekk nettverkssambandet og innstillingane for mellomtenar (proxy), og prøv igjen.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than expected, so it was not read. This can happen when a proxy or login page answers instead of the server. Check your network and proxy settings.</source>
        <translation>Svaret frå %1 var større enn venta, så det vart ikkje lese. Det kan skje når ein mellomtenar (proxy) eller ei innloggingsside svarar i staden for tenaren. Sjekk nettverks- og proxy-innstillingane.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Førespurnaden til %1 vart avbroten.</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so nothing was sent to it. Use an https address.</source>
        <translation>Adressa %1 brukar ikkje https, så ingenting vart sendt dit. Bruk ei https-adresse.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the environment settings.</source>
        <translation>Adressa «%1» er ikkje ei gyldig nettadresse. Sjekk miljøinnstillingane.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is expired or not yet valid. Check that your computer&apos;s date and time are correct; if they are, try again later or contact support.</source>
        <translation>Tryggleikssertifikatet til %1 har gått ut eller er ikkje gyldig enno. Sjekk at datoen og klokka på datamaskina er rette; er dei det, prøv igjen seinare eller kontakt brukarstøtta.</translation>
    </message>
    <message>
        <source>The security certificate presented for %1 belongs to another name, so the connection was stopped. Check the address and your proxy settings, or ask IT.</source>
        <translation>Tryggleikssertifikatet for %1 høyrer til eit anna namn, så sambandet vart stoppa. Sjekk adressa og proxy-innstillingane, eller spør IT.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your network and proxy settings, or ask IT.</source>
        <translation>Eit trygt samband til %1 kunne ikkje opprettast. Sjekk nettverks- og proxy-innstillingane, eller spør IT.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check your network connection, the address and your proxy settings.</source>
        <translation>Namnet %1 vart ikkje funne. Sjekk nettverkssambandet, adressa og proxy-innstillingane.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 svarte ikkje i tide. Sjekk nettverkssambandet og proxy-innstillingane, og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>%1 kunne ikkje nåast. Sjekk nettverkssambandet og proxy-innstillingane, og prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The proxy server did not let the request to %1 through. Check the proxy settings, or ask IT which proxy to use.</source>
        <translation>Mellomtenaren (proxy) slepte ikkje gjennom førespurnaden til %1. Sjekk proxy-innstillingane, eller spør IT kva proxy som skal brukast.</translation>
    </message>
    <message>
        <source>The request to %1 failed. Check your network connection and try again.</source>
        <translation>Førespurnaden til %1 mislukkast. Sjekk nettverkssambandet og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to slow down. Wait a minute and try again.</source>
        <translation>%1 er oppteken og bad oss om å senke farten. Vent eit minutt og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (HTTP %2). Try again later; if it persists, contact support.</source>
        <translation>%1 har eit problem akkurat no (HTTP %2). Prøv igjen seinare; kontakt brukarstøtta om det held fram.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2). Check the client&apos;s key and permissions.</source>
        <translation>%1 nekta tilgang (HTTP %2). Sjekk nøkkelen og rettane til klienten.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address (HTTP 404). Check the environment settings.</source>
        <translation>%1 kjenner ikkje adressa det vart spurt etter (HTTP 404). Sjekk miljøinnstillingane.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 svarte med ein feil (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 gave an answer this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>%1 gav eit svar som dette programmet ikkje kan lese. Prøv igjen seinare; kontakt brukarstøtta om det held fram.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted, so the connection was stopped. If your organization inspects network traffic, ask IT to install its root certificate on this computer or choose it under Network settings; otherwise the network may not be safe to use.</source>
        <translation>Tryggleikssertifikatet til %1 er ikkje klarert, så sambandet vart stoppa. Om organisasjonen din inspiserer nettverkstrafikken, be IT om å installere rotsertifikatet på denne datamaskina, eller vel det under Nettverksinnstillingar; elles er nettverket kanskje ikkje trygt å bruke.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer came. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>Sambandet til %1 vart lukka før svaret kom. Sjekk nettverkssambandet og proxy-innstillingane, og prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>HelseID did not accept the organization number: it is not on this client&apos;s list of allowed organizations (HID-1001). Ask NHN to update the client&apos;s list.</source>
        <translation>HelseID godtok ikkje organisasjonsnummeret: det står ikkje på lista til klienten over tillatne organisasjonar (HID-1001). Be NHN oppdatere lista til klienten.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization number: it is not on this client&apos;s list of allowed child organizations (HID-1002). Add it to the client, or check the number.</source>
        <translation>HelseID godtok ikkje organisasjonsnummeret til undereininga: det står ikkje på lista til klienten over tillatne undereiningar (HID-1002). Legg det til i klienten, eller sjekk nummeret.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization: the parent organization has a list of child organizations that does not include it (HID-1003). Contact NHN to have that list removed.</source>
        <translation>HelseID godtok ikkje undereininga: den overordna organisasjonen har ei liste over undereiningar som ikkje tek henne med (HID-1003). Kontakt NHN for å få den lista fjerna.</translation>
    </message>
    <message>
        <source>The organization number has the wrong format (HID-1004). It must be nine digits, with no spaces or letters.</source>
        <translation>Organisasjonsnummeret har feil format (HID-1004). Det må vere ni siffer, utan mellomrom eller bokstavar.</translation>
    </message>
    <message>
        <source>This client may not send a parent organization number (HID-1005). NHN must approve and enable that first.</source>
        <translation>Denne klienten kan ikkje sende eit overordna organisasjonsnummer (HID-1005). NHN må godkjenne og slå det på først.</translation>
    </message>
    <message>
        <source>This client may not send a child organization number (HID-1006). NHN must approve and enable that first; until then use the parent organization.</source>
        <translation>Denne klienten kan ikkje sende organisasjonsnummer for ei undereining (HID-1006). NHN må godkjenne og slå det på først; bruk den overordna organisasjonen til då.</translation>
    </message>
    <message>
        <source>HelseID found the organization details in the request malformed (HID-1007). This is a fault in this program: contact support with the technical details.</source>
        <translation>HelseID fann organisasjonsopplysningane i førespurnaden feilformaterte (HID-1007). Dette er ein feil i dette programmet: kontakt brukarstøtta med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers from clients that use a shared secret (HID-1008). The client must use a private key.</source>
        <translation>HelseID avviser organisasjonsnummer frå klientar som brukar ein delt løyndom (HID-1008). Klienten må bruke ein privat nøkkel.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers sent this way in a user login (HID-1009). This is a fault in this program: contact support.</source>
        <translation>HelseID avviser organisasjonsnummer som vert sende på denne måten ved brukarinnlogging (HID-1009). Dette er ein feil i dette programmet: kontakt brukarstøtta.</translation>
    </message>
    <message>
        <source>The client&apos;s configuration in HelseID does not allow organization numbers to be sent (HID-1010). Contact NHN Kundesenter to have it corrected.</source>
        <translation>Konfigurasjonen til klienten i HelseID tillèt ikkje at organisasjonsnummer vert sende (HID-1010). Kontakt NHN Kundesenter for å få det retta.</translation>
    </message>
    <message>
        <source>HelseID did not recognise the client or its key. Right after the client was confirmed this is normal for up to a minute — wait and try again. Otherwise check that the client id and the key belong together and that the client has not been deleted.</source>
        <translation>HelseID kjende ikkje att klienten eller nøkkelen. Rett etter at klienten vart stadfesta er dette normalt i opptil eit minutt – vent og prøv igjen. Elles: sjekk at klient-ID-en og nøkkelen høyrer saman, og at klienten ikkje er sletta.</translation>
    </message>
    <message>
        <source>HelseID did not give access to the requested scopes yet. Usually the organization has not signed the required documents, or access is still waiting for approval; check the client&apos;s status in the self-service portal.</source>
        <translation>HelseID har ikkje gjeve tilgang til dei førespurde tilgangane enno. Som regel har ikkje verksemda signert dei naudsynte dokumenta, eller tilgangen ventar framleis på godkjenning; sjekk statusen til klienten i Selvbetjening.</translation>
    </message>
    <message>
        <source>HelseID rejected the token request as invalid. Check that the computer&apos;s clock is correct; if it is, contact support with the technical details.</source>
        <translation>HelseID avviste tokenførespurnaden som ugyldig. Sjekk at klokka på datamaskina er rett; er ho det, kontakt brukarstøtta med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>HelseID rejected the grant (it may have expired or been used already). Start again; if it keeps happening, check the computer&apos;s clock.</source>
        <translation>HelseID avviste tildelinga (ho kan ha gått ut eller alt vere brukt). Start på nytt; om det gjentek seg, sjekk klokka på datamaskina.</translation>
    </message>
    <message>
        <source>The client is not allowed to get tokens this way. Check that the client was created from the right Klientmal (client credentials must be allowed).</source>
        <translation>Klienten har ikkje lov til å hente token på denne måten. Sjekk at klienten vart laga frå rett klientmal (client credentials må vere tillate).</translation>
    </message>
    <message>
        <source>HelseID does not support the requested kind of token for this client. Contact support with the technical details.</source>
        <translation>HelseID støttar ikkje den førespurde tokentypen for denne klienten. Kontakt brukarstøtta med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>HelseID asked for a new proof of key possession and did not accept the retry. Try again in a moment; check the computer&apos;s clock if it persists.</source>
        <translation>HelseID bad om eit nytt prov på nøkkelinnehav og godtok ikkje det nye forsøket. Prøv igjen om litt; sjekk klokka på datamaskina om det held fram.</translation>
    </message>
    <message>
        <source>HelseID did not accept the proof of key possession (DPoP). Check that the computer&apos;s date and time are correct, then try again.</source>
        <translation>HelseID godtok ikkje provet på nøkkelinnehav (DPoP). Sjekk at dato og klokkeslett på datamaskina er rette, og prøv igjen.</translation>
    </message>
    <message>
        <source>HelseID could not issue a token right now (%1). Try again later.</source>
        <translation>HelseID kunne ikkje skrive ut eit token akkurat no (%1). Prøv igjen seinare.</translation>
    </message>
    <message>
        <source>HelseID refused the token request. Contact support with the technical details.</source>
        <translation>HelseID avviste tokenførespurnaden. Kontakt brukarstøtta med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 sekund</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutt</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timar</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 døgn</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 ahead of HelseID&apos;s.</source>
        <translation>HelseID avviste førespurnaden fordi klokka på denne datamaskina går %1 føre HelseID si.</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 behind HelseID&apos;s.</source>
        <translation>HelseID avviste førespurnaden fordi klokka på denne datamaskina går %1 etter HelseID si.</translation>
    </message>
    <message>
        <source>HelseID accepts a signed request only within a few seconds of its own time, so the EPJ on this computer will fail the same way. Set the clock right: turn on automatic time (in Windows: Settings, then Time and language, then Date and time, &quot;Set time automatically&quot;), or ask IT to, then try again.</source>
        <translation>HelseID godtek ein signert førespurnad berre innanfor nokre få sekund av si eiga tid, så EPJ-en på denne datamaskina vil feile på same måten. Still klokka rett: slå på automatisk tid (i Windows: Innstillingar, så Tid og språk, så Dato og klokkeslett, «Still inn klokkeslett automatisk»), eller be IT gjere det, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>OnboardingLock</name>
    <message>
        <source>The onboarding %1 is in use by %2. Finish or close it there first, then try again. If that program is no longer running (for example on a computer that was switched off), delete the lock file %3 and try again.</source>
        <translation>Tilkoplinga %1 er i bruk av %2. Fullfør eller lukk ho der først, og prøv igjen. Om det programmet ikkje lenger køyrer (til dømes på ei datamaskin som vart slått av), slett låsefila %3 og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not mark the onboarding as in use in %1. Check that you may write there, or choose another folder in the settings.</source>
        <translation>Kunne ikkje merkje tilkoplinga som i bruk i %1. Sjekk at du har skrivetilgang der, eller vel ei anna mappe i innstillingane.</translation>
    </message>
</context>
<context>
    <name>OnboardingStore</name>
    <message>
        <source>Could not create the folder for onboarding files (%1). Check that you may write there, or choose another folder in the settings.</source>
        <translation>Kunne ikkje lage mappa for tilkoplingsfiler (%1). Sjekk at du har skrivetilgang der, eller vel ei anna mappe i innstillingane.</translation>
    </message>
    <message>
        <source>Could not save the onboarding in %1. Check free space and permissions; the step you just did is not lost, try again.</source>
        <translation>Kunne ikkje lagre tilkoplinga i %1. Sjekk ledig plass og rettar; steget du nettopp gjorde er ikkje tapt, prøv igjen.</translation>
    </message>
    <message>
        <source>No onboarding was found at %1. Check the name, or list the onboardings to see which exist.</source>
        <translation>Inga tilkopling vart funnen i %1. Sjekk namnet, eller list opp tilkoplingane for å sjå kva som finst.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an onboarding file. Check that you chose the right file.</source>
        <translation>Fila %1 er for stor til å vere ei tilkoplingsfil. Sjekk at du valde rett fil.</translation>
    </message>
    <message>
        <source>Could not read the onboarding file %1. Check its permissions.</source>
        <translation>Kunne ikkje lese tilkoplingsfila %1. Sjekk rettane.</translation>
    </message>
    <message>
        <source>The onboarding file %1 is damaged (not valid JSON). Start the onboarding again, or ask support to look at the file.</source>
        <translation>Tilkoplingsfila %1 er skadd (ikkje gyldig JSON). Start tilkoplinga på nytt, eller be brukarstøtta sjå på fila.</translation>
    </message>
    <message>
        <source>Could not delete the onboarding file %1. Check its permissions.</source>
        <translation>Kunne ikkje slette tilkoplingsfila %1. Sjekk rettane.</translation>
    </message>
    <message>
        <source>Say which onboarding: its id, client id or journal name.</source>
        <translation>Oppgje kva tilkopling: ID, klient-ID eller journalnamn.</translation>
    </message>
    <message>
        <source>More than one onboarding matches «%1». Use the full id from the list.</source>
        <translation>Meir enn éi tilkopling passar med «%1». Bruk heile ID-en frå lista.</translation>
    </message>
    <message>
        <source>No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the onboarding folder.</source>
        <translation>Inga tilkopling passar med «%1» i %2. List opp tilkoplingane for å sjå kva som finst, eller sjekk tilkoplingsmappa.</translation>
    </message>
    <message>
        <source>The onboarding %1 was changed by another program while this one had it open, so it was not saved here (that would undo the other change). Close it here and resume it again.</source>
        <translation>Tilkoplinga %1 vart endra av eit anna program medan dette hadde ho open, så ho vart ikkje lagra her (det ville ha gjort om den andre endringa). Lukk ho her og hald fram med ho på nytt.</translation>
    </message>
</context>
<context>
    <name>PackageFileCleanup</name>
    <message>
        <source>The file %1 could not be deleted. It holds a private key: delete it yourself (and empty the recycle bin).</source>
        <translation>Fila %1 kunne ikkje slettast. Ho inneheld ein privat nøkkel: slett ho sjølv (og tøm papirkorga).</translation>
    </message>
    <message>
        <source>The file %1 holds your HelseID client&apos;s private key. Anyone who gets the file (and, for the zip file, the password from the SMS) can act as your organization&apos;s client towards HelseID and SFM until the key is renewed.</source>
        <translation>Fila %1 inneheld den private nøkkelen til HelseID-klienten din. Alle som får tak i fila (og, for zip-fila, passordet frå SMS-en) kan opptre som klienten til organisasjonen overfor HelseID og SFM til nøkkelen vert fornya.</translation>
    </message>
    <message>
        <source>The key is now in this computer&apos;s keychain, so you no longer need the file.</source>
        <translation>Nøkkelen ligg no i nøkkelringen på denne datamaskina, så du treng ikkje fila lenger.</translation>
    </message>
    <message>
        <source>The key is now in the passphrase-protected key file %1, so you no longer need the file from the portal.</source>
        <translation>Nøkkelen ligg no i nøkkelfila %1, som er verna av passordfrase, så du treng ikkje fila frå portalen lenger.</translation>
    </message>
    <message>
        <source>Deleting it is recommended: this program overwrites the file before deleting it, but on SSDs, in synced folders and in backups copies may remain, so also delete any copies you made (for example in Downloads, e-mail or the recycle bin).</source>
        <translation>Vi rår til å slette ho: dette programmet skriv over fila før ho vert sletta, men på SSD-ar, i synkroniserte mapper og i tryggingskopiar kan kopiar bli liggjande, så slett òg kopiar du har laga (til dømes i Nedlastingar, e-post eller papirkorga).</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>The file is far larger than any HelseID configuration file. Check that you chose the zip or JSON file from the HelseID portal.</source>
        <translation>Fila er langt større enn nokon HelseID-konfigurasjonsfil. Sjekk at du valde zip- eller JSON-fila frå HelseID-portalen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file. Choose the zip or JSON file you downloaded from the portal.</source>
        <translation>Fila %1 finst ikkje eller er ikkje ei fil. Vel zip- eller JSON-fila du lasta ned frå portalen.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened. Check that you may read it and try again.</source>
        <translation>Fila %1 kunne ikkje opnast. Sjekk at du har lesetilgang, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Try again, or copy it to a local disk first.</source>
        <translation>Fila %1 kunne ikkje lesast. Prøv igjen, eller kopier ho til ein lokal disk først.</translation>
    </message>
    <message>
        <source>The file is neither a zip file from the HelseID portal nor the JSON file inside it. Choose the zip file you downloaded from the portal.</source>
        <translation>Fila er verken ei zip-fil frå HelseID-portalen eller JSON-fila i ho. Vel zip-fila du lasta ned frå portalen.</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>Zip-fila er skadd eller ufullstendig. Last ho ned frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The password does not open the zip file. Check the password from the SMS and try again (it is case-sensitive).</source>
        <translation>Passordet opnar ikkje zip-fila. Sjekk passordet frå SMS-en og prøv igjen (det skil mellom store og små bokstavar).</translation>
    </message>
    <message>
        <source>The zip file holds far more data than any HelseID configuration. Check that you chose the zip file from the HelseID portal.</source>
        <translation>Zip-fila inneheld langt meir data enn nokon HelseID-konfigurasjon. Sjekk at du valde zip-fila frå HelseID-portalen.</translation>
    </message>
    <message>
        <source>The zip file is protected by a password. Enter the password you received by SMS.</source>
        <translation>Zip-fila er verna med passord. Skriv inn passordet du fekk på SMS.</translation>
    </message>
    <message>
        <source>The zip file uses an encryption or compression method this program cannot open. Extract the JSON file with another tool and import that file.</source>
        <translation>Zip-fila brukar ein krypterings- eller komprimeringsmetode dette programmet ikkje kan opne. Pakk ut JSON-fila med eit anna verktøy og importer den fila.</translation>
    </message>
    <message>
        <source>The zip file holds several HelseID configurations (%1), so it is not clear which one to use. Extract the one you want and import that JSON file.</source>
        <translation>Zip-fila inneheld fleire HelseID-konfigurasjonar (%1), så det er uklart kva for ein som skal brukast. Pakk ut den du vil ha, og importer den JSON-fila.</translation>
    </message>
    <message>
        <source>The zip file holds no HelseID configuration (a JSON file with a client ID and a key). Check that you chose the zip file from the HelseID portal.</source>
        <translation>Zip-fila inneheld ingen HelseID-konfigurasjon (ei JSON-fil med klient-ID og nøkkel). Sjekk at du valde zip-fila frå HelseID-portalen.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationParser</name>
    <message>
        <source>The configuration file is far larger than any HelseID configuration. Check that you chose the file from the HelseID portal.</source>
        <translation>Konfigurasjonsfila er langt større enn nokon HelseID-konfigurasjon. Sjekk at du valde fila frå HelseID-portalen.</translation>
    </message>
    <message>
        <source>The configuration file is not a valid JSON file. Download it from the portal again.</source>
        <translation>Konfigurasjonsfila er ikkje ei gyldig JSON-fil. Last ho ned frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The client ID in the configuration file is empty or malformed. Download the configuration file from the portal again.</source>
        <translation>Klient-ID-en i konfigurasjonsfila er tom eller feilformatert. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The client in the configuration file does not use a private key (private_key_jwt), which is the only kind this program supports. Create the client with a key pair in the portal.</source>
        <translation>Klienten i konfigurasjonsfila brukar ikkje ein privat nøkkel (private_key_jwt), som er den einaste typen dette programmet støttar. Lag klienten med eit nøkkelpar i portalen.</translation>
    </message>
    <message>
        <source>The configuration file holds no private key (neither «privateJwk» nor «rsaPrivateKey»). Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila inneheld ingen privat nøkkel (verken «privateJwk» eller «rsaPrivateKey»). Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file holds two different keys (privateJwk and rsaPrivateKey), so it cannot be trusted. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila inneheld to ulike nøklar (privateJwk og rsaPrivateKey), så ho kan ikkje stolast på. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file lacks the field «%1», so it is not a complete HelseID configuration. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila manglar feltet «%1», så ho er ikkje ein fullstendig HelseID-konfigurasjon. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file has a value this program cannot use. Download the configuration file from the portal again.</source>
        <translation>Feltet «%1» i konfigurasjonsfila har ein verdi dette programmet ikkje kan bruke. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The private key in the configuration file (privateJwk) could not be read. Download the configuration file from the portal again.</source>
        <translation>Den private nøkkelen i konfigurasjonsfila (privateJwk) kunne ikkje lesast. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The key in the configuration file is of a kind HelseID does not accept (it must be RSA of at least 2048 bits, or EC P-256, P-384 or P-521). Create the client again in the portal and use the new configuration file.</source>
        <translation>Nøkkelen i konfigurasjonsfila er av ein type HelseID ikkje godtek (han må vere RSA på minst 2048 bit, eller EC P-256, P-384 eller P-521). Lag klienten på nytt i portalen og bruk den nye konfigurasjonsfila.</translation>
    </message>
    <message>
        <source>The HelseID address (authority) in the configuration file is not a valid https address. Download the configuration file from the portal again.</source>
        <translation>HelseID-adressa (authority) i konfigurasjonsfila er ikkje ei gyldig https-adresse. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The private key in the configuration file is not valid: %1 Download the configuration file from the portal again.</source>
        <translation>Den private nøkkelen i konfigurasjonsfila er ikkje gyldig: %1 Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file holds only a public key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila inneheld berre ein offentleg nøkkel, så ho kan ikkje brukast til å logge inn i HelseID. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The key in the configuration file is meant for the signing algorithm «%1», which HelseID does not accept (it accepts RS256/384/512, PS256/384/512 and ES256/384/512). Download the configuration file from the portal again, or ask HelseID support about the client.</source>
        <translation>Nøkkelen i konfigurasjonsfila er meint for signeringsalgoritmen «%1», som HelseID ikkje godtek (HelseID godtek RS256/384/512, PS256/384/512 og ES256/384/512). Last ned konfigurasjonsfila frå portalen på nytt, eller spør HelseID-brukarstøtta om klienten.</translation>
    </message>
    <message>
        <source>The configuration file says the key is for the algorithm %1, which does not fit the key itself, so HelseID would refuse every sign-in. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfila seier at nøkkelen er for algoritmen %1, som ikkje passar til sjølve nøkkelen, så HelseID ville avvise kvar pålogging. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The key ID (kid) in the configuration file is malformed, so HelseID would not recognize the key. Download the configuration file from the portal again.</source>
        <translation>Nøkkel-ID-en (kid) i konfigurasjonsfila er ugyldig, så HelseID ville ikkje kjenne att nøkkelen. Last ned konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file holds an address that is neither https nor on this computer; it is left out.</source>
        <translation>Feltet «%1» i konfigurasjonsfila har ei adresse som verken er https eller på denne datamaskina. Ho er utelaten.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationValidator</name>
    <message>
        <source>The HelseID address in the file (%1) was not checked against an environment. Choose TEST or production to have it checked.</source>
        <translation>HelseID-adressa i fila (%1) vart ikkje sjekka mot eit miljø. Vel TEST eller produksjon for å få ho sjekka.</translation>
    </message>
    <message>
        <source>This configuration file is for the HelseID at %1, but the environment you chose uses %2. Choose the environment the file was made for, or get a configuration file from the portal of the environment you want.</source>
        <translation>Denne konfigurasjonsfila er for HelseID på %1, men miljøet du valde brukar %2. Vel miljøet fila vart laga for, eller hent ei konfigurasjonsfil frå portalen i miljøet du vil bruke.</translation>
    </message>
    <message>
        <source>The client has only the old SFM scope «%1», which is being phased out and does not work with DPoP. Add «%2» to the client in the portal.</source>
        <translation>Klienten har berre den gamle SFM-tilgangen «%1», som vert fasa ut og ikkje verkar med DPoP. Legg til «%2» på klienten i portalen.</translation>
    </message>
    <message>
        <source>The client does not have the SFM scope «%1», so the journal system cannot use SFM with it. Add the scope to the client in the portal, or check that this is the right file.</source>
        <translation>Klienten har ikkje SFM-tilgangen «%1», så journalsystemet kan ikkje bruke SFM med han. Legg til tilgangen på klienten i portalen, eller sjekk at dette er rett fil.</translation>
    </message>
    <message>
        <source>The client lacks scopes the journal system&apos;s vendor expects: %1. Add them to the client in the portal if the journal system needs them.</source>
        <translation>Klienten manglar tilgangar som leverandøren av journalsystemet ventar: %1. Legg dei til på klienten i portalen om journalsystemet treng dei.</translation>
    </message>
    <message>
        <source>The client does not have the scope «%1», so its key cannot be renewed automatically: renew it in the portal before it expires. NHN recommends adding this scope.</source>
        <translation>Klienten har ikkje tilgangen «%1», så nøkkelen kan ikkje fornyast automatisk: forny han i portalen før han går ut. NHN rår til å leggje til denne tilgangen.</translation>
    </message>
    <message>
        <source>The file says the key has %1 bits, but it has %2. The key itself is used.</source>
        <translation>Fila seier at nøkkelen har %1 bit, men han har %2. Sjølve nøkkelen vert brukt.</translation>
    </message>
</context>
<context>
    <name>PracticeSimulator</name>
    <message>
        <source>Practice mode is not running.</source>
        <translation>Øvingsmodus køyrer ikkje.</translation>
    </message>
    <message>
        <source>Practice mode is not installed. Choose the test environment.</source>
        <translation>Øvingsmodus er ikkje installert. Vel testmiljøet.</translation>
    </message>
    <message>
        <source>Practice mode could not be started. Choose the test environment.</source>
        <translation>Øvingsmodus kunne ikkje startast. Vel testmiljøet.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Kunne ikkje skrive %1. Sjekk at mappa finst, at du har skrivetilgang der og at disken ikkje er full.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikkje lage mappa %1.</translation>
    </message>
</context>
<context>
    <name>ServiceFactory</name>
    <message>
        <source>%1 The onboarding goes on with the vendor profile found now.</source>
        <translation>%1 Tilkoplinga held fram med leverandørprofilen som finst no.</translation>
    </message>
</context>
<context>
    <name>VendorProfile</name>
    <message>
        <source>The vendor profile is not valid: %1 %2. Ask the EPJ vendor for a corrected profile.</source>
        <translation>Leverandørprofilen er ikkje gyldig: %1 %2. Be EPJ-leverandøren om ein retta profil.</translation>
    </message>
    <message>
        <source>is larger than any vendor profile</source>
        <translation>er større enn nokon leverandørprofil</translation>
    </message>
    <message>
        <source>The vendor profile is not a JSON object. Ask the EPJ vendor for a corrected profile.</source>
        <translation>Leverandørprofilen er ikkje eit JSON-objekt. Be EPJ-leverandøren om ein retta profil.</translation>
    </message>
    <message>
        <source>The vendor profile has a schema version this program does not support. Update the program or ask the EPJ vendor for a profile of version 1.</source>
        <translation>Leverandørprofilen har ein skjemaversjon dette programmet ikkje støttar. Oppdater programmet eller be EPJ-leverandøren om ein profil av versjon 1.</translation>
    </message>
    <message>
        <source>is missing or too long</source>
        <translation>manglar eller er for lang</translation>
    </message>
    <message>
        <source>must be an object of environment names and keys</source>
        <translation>må vere eit objekt med miljønamn og nøklar</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>må vere ein tekst som ikkje er tom</translation>
    </message>
    <message>
        <source>must list at least one scope</source>
        <translation>må liste minst éin tilgang</translation>
    </message>
    <message>
        <source>holds an entry without a valid name</source>
        <translation>har ei oppføring utan gyldig namn</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>er oppført to gonger</translation>
    </message>
    <message>
        <source>must be &quot;preselected&quot; or &quot;available&quot;</source>
        <translation>må vere «preselected» eller «available»</translation>
    </message>
    <message>
        <source>must be &quot;none&quot; or &quot;audienceClaimWhenExisting&quot;</source>
        <translation>må vere «none» eller «audienceClaimWhenExisting»</translation>
    </message>
    <message>
        <source>is empty or too long</source>
        <translation>er tom eller for lang</translation>
    </message>
    <message>
        <source>must be a list of addresses</source>
        <translation>må vere ei liste med adresser</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>må byrje med /</translation>
    </message>
    <message>
        <source>must be an absolute address</source>
        <translation>må vere ei absolutt adresse</translation>
    </message>
    <message>
        <source>must be &quot;loopback&quot; or &quot;fixed&quot;</source>
        <translation>må vere «loopback» eller «fixed»</translation>
    </message>
    <message>
        <source>must be &quot;jsonString&quot; or &quot;jsonObject&quot;</source>
        <translation>må vere «jsonString» eller «jsonObject»</translation>
    </message>
    <message>
        <source>The vendor profile %1 could not be opened. Check the path and that you may read it.</source>
        <translation>Leverandørprofilen %1 kunne ikkje opnast. Sjekk stien og at du har lesetilgang.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må vere eit objekt</translation>
    </message>
    <message>
        <source>must be a loopback address such as http://localhost/callback or http://127.0.0.1:47813/callback</source>
        <translation>må vere ei lokal adresse (loopback), til dømes http://localhost/callback eller http://127.0.0.1:47813/callback</translation>
    </message>
    <message>
        <source>must name one fixed port for production</source>
        <translation>må oppgje éin fast port for produksjon</translation>
    </message>
    <message>
        <source>must list some of &quot;keychain&quot;, &quot;file&quot; and &quot;transfer&quot;, each once</source>
        <translation>må liste nokre av «keychain», «file» og «transfer», kvar berre ein gong</translation>
    </message>
    <message>
        <source>must list at least one destination</source>
        <translation>må liste minst éin stad</translation>
    </message>
    <message>
        <source>must be one of the supported destinations</source>
        <translation>må vere ein av stadene som er støtta</translation>
    </message>
    <message>
        <source>is not an environment (use demo, test, prod or custom)</source>
        <translation>er ikkje eit miljø (bruk demo, test, prod eller custom)</translation>
    </message>
    <message>
        <source>holds «%1», which is neither an https address nor an http address on this computer</source>
        <translation>har «%1», som verken er ei https-adresse eller ei http-adresse på denne datamaskina</translation>
    </message>
    <message>
        <source>must go on after {portal} with /, ? or #</source>
        <translation>må halde fram etter {portal} med /, ? eller #</translation>
    </message>
</context>
<context>
    <name>VendorProfileLocator</name>
    <message>
        <source>given on the command line</source>
        <translation>oppgitt på kommandolinja</translation>
    </message>
    <message>
        <source>chosen in the settings</source>
        <translation>vald i innstillingane</translation>
    </message>
    <message>
        <source>found beside the program</source>
        <translation>funnen ved sida av programmet</translation>
    </message>
    <message>
        <source>found in the system folder</source>
        <translation>funnen i systemmappa</translation>
    </message>
    <message>
        <source>found in your own settings folder</source>
        <translation>funnen i di eiga innstillingsmappe</translation>
    </message>
    <message>
        <source>built in, for practice mode</source>
        <translation>innebygd, for øvingsmodus</translation>
    </message>
    <message>
        <source>the built-in practice profile</source>
        <translation>den innebygde øvingsprofilen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The vendor profile %1 (%2) cannot be used: %3</source>
        <translation>Leverandørprofilen %1 (%2) kan ikkje brukast: %3</translation>
    </message>
    <message>
        <source>There are several vendor profiles in %1 (%2), and the program cannot tell which one to use. Keep only your EPJ vendor&apos;s profile there, or choose one with --profile FILE or in the settings.</source>
        <translation>Det ligg fleire leverandørprofilar i %1 (%2), og programmet kan ikkje vite kva for ein det skal bruke. La berre profilen frå EPJ-leverandøren din liggje der, eller vel éin med --profile FIL eller i innstillingane.</translation>
    </message>
    <message>
        <source>No vendor profile was found (looked in: %1). The vendor profile is a small .json file from your EPJ vendor that names its Klientmal; ask the vendor for it, then put it in one of these folders or give it with --profile FILE. Practice mode needs no profile.</source>
        <translation>Fann ingen leverandørprofil (såg i: %1). Leverandørprofilen er ei lita .json-fil frå EPJ-leverandøren som peikar på klientmalen deira. Be leverandøren om han, og legg han i ei av desse mappene eller oppgje han med --profile FIL. Øvingsmodus treng ingen profil.</translation>
    </message>
    <message>
        <source>the one this onboarding was started with</source>
        <translation>den som denne tilkoplinga vart starta med</translation>
    </message>
</context>
<context>
    <name>ZipMethodCheck</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>Zip-fila er skadd eller ufullstendig. Last ho ned frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The zip file uses the compression method %1, which a HelseID portal zip does not use and this program does not open (it reads stored and deflated entries only). Extract the JSON file with another tool and import that file.</source>
        <translation>Zip-fila brukar komprimeringsmetoden %1, som ei zip-fil frå HelseID-portalen ikkje brukar, og som dette programmet ikkje opnar (det les berre filer som er lagra ukomprimerte eller med deflate). Pakk ut JSON-fila med eit anna verktøy og importer den fila.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchFile</name>
    <message>
        <source>Could not read the batch file %1. Check the name and that you may read it.</source>
        <translation>Kunne ikkje lese batchfila %1. Sjekk namnet og at du har lov til å lese ho.</translation>
    </message>
    <message>
        <source>The batch file %1 is larger than 16 MB. Split it into several files.</source>
        <translation>Batchfila %1 er større enn 16 MB. Del ho opp i fleire filer.</translation>
    </message>
    <message>
        <source>The batch file has no header row. Row 1 must name the columns, e.g. organizationNumber;journalName.</source>
        <translation>Batchfila har inga overskriftsrad. Rad 1 må namngje kolonnane, t.d. organisasjonsnummer;journalnavn.</translation>
    </message>
    <message>
        <source>The batch file has columns this program does not know: %1. Known columns are organizationNumber, journalName, childOrganizationNumbers, sfmId, scopes, contactEmail and language (or organisasjonsnummer, journalnavn, underenheter, sfm-id, e-post, språk). Rename or remove the others.</source>
        <translation>Batchfila har kolonnar programmet ikkje kjenner: %1. Kjende kolonnar er organisasjonsnummer, journalnavn, underenheter, sfm-id, scopes, e-post og språk (eller organizationNumber, journalName, childOrganizationNumbers, sfmId, contactEmail, language). Gje dei andre nytt namn eller fjern dei.</translation>
    </message>
    <message>
        <source>The batch file names a column twice: %1. Keep one of them.</source>
        <translation>Batchfila har same kolonne to gonger: %1. Behald éin av dei.</translation>
    </message>
    <message>
        <source>The batch file lacks the column %1. Row 1 must name it.</source>
        <translation>Batchfila manglar kolonnen %1. Rad 1 må ha han.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchReport</name>
    <message>
        <source>Correct the row and run the file again.</source>
        <translation>Rett rada og køyr fila på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.</source>
        <translation>
            <numerusform>%n rad: %1 klar, %2 ventar på kunden, %3 treng deg, %4 stoppa, %5 hoppa over.</numerusform>
            <numerusform>%n rader: %1 klare, %2 ventar på kunden, %3 treng deg, %4 stoppa, %5 hoppa over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchValidator</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>the organization number is missing.</source>
        <translation>organisasjonsnummeret manglar.</translation>
    </message>
    <message>
        <source>the journal name is missing; it tells this journal apart from the organization&apos;s others.</source>
        <translation>journalnamnet manglar; det skil denne journalen frå dei andre journalane til organisasjonen.</translation>
    </message>
    <message>
        <source>child unit %1: %2</source>
        <translation>undereining %1: %2</translation>
    </message>
    <message>
        <source>a child unit cannot have the same number as the organization itself.</source>
        <translation>ei undereining kan ikkje ha same nummer som organisasjonen sjølv.</translation>
    </message>
    <message>
        <source>the vendor profile does not offer the scope %1.</source>
        <translation>leverandørprofilen tilbyr ikkje tilgangen (scope) %1.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» er ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>the language must be nb, nn or en, not «%1».</source>
        <translation>språket må vere nb, nn eller en, ikkje «%1».</translation>
    </message>
    <message>
        <source>the row has values in a column without a name in row 1: %1.</source>
        <translation>rada har verdiar i ein kolonne utan namn i rad 1: %1.</translation>
    </message>
    <message>
        <source>the journal «%1» of %2 is already in row %3. A journal is set up once; remove one of the rows or give the journals different names.</source>
        <translation>journalen «%1» for %2 står alt i rad %3. Ein journal vert sett opp éin gong; fjern ei av radene eller gje journalane ulike namn.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::CsvReader</name>
    <message>
        <source>Row %1 opens a quotation mark that is never closed. Check that row in the spreadsheet, or save the file again as CSV.</source>
        <translation>Rad %1 opnar eit hermeteikn som aldri vert lukka. Sjekk den rada i reknearket, eller lagre fila som CSV på nytt.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingAttention</name>
    <message>
        <source>Customer: confirm in the portal</source>
        <translation>Kunden: stadfeste i portalen</translation>
    </message>
    <message>
        <source>Customer: sign the documents</source>
        <translation>Kunden: signere dokumenta</translation>
    </message>
    <message>
        <source>You: resume</source>
        <translation>Du: halde fram</translation>
    </message>
    <message>
        <source>You: look at the error</source>
        <translation>Du: sjå på feilen</translation>
    </message>
    <message>
        <source>You: export the configuration</source>
        <translation>Du: eksportere konfigurasjonen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ikkje sjekka enno</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ikkje stadfesta enno</translation>
    </message>
    <message>
        <source>%1 of %2 accesses ready</source>
        <translation>%1 av %2 tilgangar klare</translation>
    </message>
    <message>
        <source>All accesses ready</source>
        <translation>Alle tilgangar klare</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingFiles</name>
    <message>
        <source>Could not move the onboarding file to %1. Check the folder&apos;s permissions.</source>
        <translation>Kunne ikkje flytte tilkoplingsfila til %1. Sjekk løyva til mappa.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Check its permissions.</source>
        <translation>Kunne ikkje slette nøkkelfila %1. Sjekk løyva til fila.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SelfServiceClient</name>
    <message>
        <source>The self-service API did not accept the Klientmal API key of the vendor profile. Ask the EPJ vendor for a valid key for this environment.</source>
        <translation>API-et til Selvbetjening godtok ikkje API-nøkkelen til klientmalen i leverandørprofilen. Be EPJ-leverandøren om ein gyldig nøkkel for dette miljøet.</translation>
    </message>
    <message>
        <source>the client draft</source>
        <translation>klientutkastet</translation>
    </message>
    <message>
        <source>reading the client&apos;s status</source>
        <translation>lesing av statusen til klienten</translation>
    </message>
    <message>
        <source>updating the client</source>
        <translation>oppdatering av klienten</translation>
    </message>
    <message>
        <source>registering the new key</source>
        <translation>registrering av den nye nøkkelen</translation>
    </message>
    <message>
        <source>listing the client&apos;s keys</source>
        <translation>oppramsing av nøklane til klienten</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SystemBrowser</name>
    <message>
        <source>The web browser could not be opened. Open this address in a browser yourself: %1</source>
        <translation>Nettlesaren kunne ikkje opnast. Opne denne adressa i ein nettlesar sjølv: %1</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::TokenClient</name>
    <message>
        <source>The client id or its private key is missing, so no token can be requested. Import or create the key first.</source>
        <translation>Klient-ID-en eller den private nøkkelen manglar, så det kan ikkje bedast om token. Importer eller lag nøkkelen først.</translation>
    </message>
    <message>
        <source>HelseID answered with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID svarte med ein annan type token enn DPoP-tokenet det vart bede om. Kontakt brukarstøtta med dei tekniske detaljane.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::UserLogin</name>
    <message>
        <source>A login is already running.</source>
        <translation>Ei innlogging er allereie i gang.</translation>
    </message>
    <message>
        <source>The client id or its private key is missing, so nobody can log in with this client yet.</source>
        <translation>Klient-ID-en eller den private nøkkelen manglar, så ingen kan logge inn med denne klienten enno.</translation>
    </message>
    <message>
        <source>The test person login exists only in the test environment. In production a real person logs in.</source>
        <translation>Innlogging med testperson finst berre i testmiljøet. I produksjon loggar ein ekte person inn.</translation>
    </message>
    <message>
        <source>Nobody finished the login in the browser in time. Start the login again.</source>
        <translation>Ingen fullførte innlogginga i nettlesaren i tide. Start innlogginga på nytt.</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>Du er logga inn</translation>
    </message>
    <message>
        <source>You can close this window and go back to the program.</source>
        <translation>Du kan lukke dette vindauget og gå tilbake til programmet.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Innlogginga lukkast ikkje</translation>
    </message>
    <message>
        <source>Go back to the program to try again.</source>
        <translation>Gå tilbake til programmet for å prøve igjen.</translation>
    </message>
    <message>
        <source>The login needs the local port %1, and another program uses it. Close that program and try again.</source>
        <translation>Innlogginga treng den lokale porten %1, og eit anna program brukar han. Lukk det programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not open a local port for the login&apos;s answer.</source>
        <translation>Kunne ikkje opne ein lokal port for svaret frå innlogginga.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Innlogginga vart avbroten.</translation>
    </message>
    <message>
        <source>HelseID does not offer the login this program uses (pushed authorization requests).</source>
        <translation>HelseID tilbyr ikkje innlogginga dette programmet brukar (pushed authorization requests).</translation>
    </message>
    <message>
        <source>This login is over.</source>
        <translation>Denne innlogginga er avslutta.</translation>
    </message>
    <message>
        <source>The answer did not come from the HelseID this login went to. Nothing was kept.</source>
        <translation>Svaret kom ikkje frå den HelseID-en innlogginga gjekk til. Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>HelseID did not let the login through: it was cancelled, or the person does not meet the requirements. HelseID said: %1</source>
        <translation>HelseID slapp ikkje innlogginga gjennom: ho vart avbroten, eller personen oppfyller ikkje krava. HelseID sa: %1</translation>
    </message>
    <message>
        <source>HelseID refused the login: %1 %2</source>
        <translation>HelseID avviste innlogginga: %1 %2</translation>
    </message>
    <message>
        <source>The answer carried no login code.</source>
        <translation>Svaret hadde ingen innloggingskode.</translation>
    </message>
    <message>
        <source>HelseID answered the login with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID svarte på innlogginga med ein annan type token enn DPoP-tokenet det vart bede om. Kontakt brukarstøtte med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the login could not be read. Try again; if it happens again, contact support with the technical details.</source>
        <translation>Svaret frå HelseID på innlogginga kunne ikkje lesast. Prøv igjen; skjer det igjen, kontakt brukarstøtte med dei tekniske detaljane.</translation>
    </message>
    <message>
        <source>The login&apos;s identity token does not belong to this login (issuer, client or nonce differ). Nothing was kept. Try again.</source>
        <translation>Identitetstokenet frå innlogginga høyrer ikkje til denne innlogginga (utskrivar, klient eller nonce er ulik). Ingenting vart teke vare på. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::net::LoopbackListener</name>
    <message>
        <source>The local address for the browser&apos;s answer is not valid any more.</source>
        <translation>Den lokale adressa for svaret frå nettlesaren er ikkje gyldig lenger.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser&apos;s answer.</source>
        <translation>Kunne ikkje opne ein lokal port for svaret frå nettlesaren.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language code of the page the browser shows after it came back to the program.</extracomment>
        <translation>nn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Du kan lukke dette vindauget.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ConfirmationListener</name>
    <message>
        <source>Could not open a local port to notice the confirmation. The onboarding still notices it by checking with HelseID, only a little later.</source>
        <translation>Kunne ikkje opne ein lokal port for å merke stadfestinga. Tilkoplinga merkar ho likevel ved å sjekke med HelseID, berre litt seinare.</translation>
    </message>
    <message>
        <source>The client is confirmed</source>
        <translation>Klienten er stadfesta</translation>
    </message>
    <message>
        <source>Thank you! You can close this window. The wizard continues by itself: next, the agreement documents must be signed.</source>
        <translation>Takk! Du kan lukke dette vindauget. Vegvisaren held fram sjølv: no må avtaledokumenta signerast.</translation>
    </message>
    <message>
        <source>The client was not confirmed</source>
        <translation>Klienten vart ikkje stadfesta</translation>
    </message>
    <message>
        <source>The portal answered with status “%1”. You can open the confirmation link again and try once more.</source>
        <translation>Portalen svarte med status «%1». Du kan opne stadfestingslenkja på nytt og prøve igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ContactDetails</name>
    <message>
        <source>«%1» is not an e-mail address. Give one address such as post@kommune.no, or leave it empty.</source>
        <translation>«%1» er ikkje ei e-postadresse. Skriv éi adresse, til dømes post@kommune.no, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>The contact&apos;s language must be nb (Bokmål), nn (Nynorsk) or en (English), not «%1».</source>
        <translation>Språket til kontakten må vere nb (bokmål), nn (nynorsk) eller en (engelsk), ikkje «%1».</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::Onboarding</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>omkring %n minutt</numerusform>
            <numerusform>omkring %n minutt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>The onboarding has no network access configured. This is a program error; restart the program.</source>
        <translation>Tilkoplinga har ingen nettverkstilgang sett opp. Dette er ein programfeil; start programmet på nytt.</translation>
    </message>
    <message>
        <source>This onboarding has no key yet. Make or import the key first.</source>
        <translation>Denne tilkoplinga har ingen nøkkel enno. Lag eller importer nøkkelen først.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in a passphrase-protected file. Give the passphrase to continue.</source>
        <translation>Den private nøkkelen til denne tilkoplinga ligg i ei fil verna av ein passordfrase. Oppgje passordfrasen for å halde fram.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in the keychain, which is not available now. Start the keychain service, then try again.</source>
        <translation>Den private nøkkelen til denne tilkoplinga ligg i nøkkelringen, som ikkje er tilgjengeleg no. Start nøkkelringtenesta og prøv igjen.</translation>
    </message>
    <message>
        <source>The key found in the secret store is not the key this onboarding registered. Do not change keychain entries by hand; start a new onboarding.</source>
        <translation>Nøkkelen som vart funnen i løyndomslageret, er ikkje nøkkelen denne tilkoplinga registrerte. Ikkje endre oppføringar i nøkkelringen for hand; start ei ny tilkopling.</translation>
    </message>
    <message>
        <source>There is no place to keep the private key. Choose the keychain or a passphrase-protected file, then try again.</source>
        <translation>Det finst ingen stad å lagre den private nøkkelen. Vel nøkkelringen eller ei fil verna av passordfrase, og prøv igjen.</translation>
    </message>
    <message>
        <source>Storing the private key in the keychain…</source>
        <translation>Lagrar den private nøkkelen i nøkkelringen …</translation>
    </message>
    <message>
        <source>Storing the private key in the passphrase-protected file…</source>
        <translation>Lagrar den private nøkkelen i fila verna av passordfrase …</translation>
    </message>
    <message>
        <source>The key is ready (key ID %1).</source>
        <translation>Nøkkelen er klar (nøkkel-ID %1).</translation>
    </message>
    <message>
        <source>The key pair could not be made. Try again.</source>
        <translation>Nøkkelparet kunne ikkje lagast. Prøv igjen.</translation>
    </message>
    <message>
        <source>An earlier registration attempt got no answer, so a new client draft is made. If the earlier one was created at all, it is harmless: nobody can confirm it without its link.</source>
        <translation>Eit tidlegare registreringsforsøk fekk ikkje svar, så eit nytt klientutkast vert laga. Om det førre i det heile vart oppretta, er det ufarleg: ingen kan stadfeste det utan lenkja.</translation>
    </message>
    <message>
        <source>Registering the client draft with HelseID…</source>
        <translation>Registrerer klientutkastet hos HelseID …</translation>
    </message>
    <message>
        <source>The answer to the registration was lost (%1). Try again: a new client draft will be made. If the first one was created, it is harmless: nobody can confirm it without its link.</source>
        <translation>Svaret på registreringa gjekk tapt (%1). Prøv igjen: eit nytt klientutkast vert laga. Om det første vart oppretta, er det ufarleg: ingen kan stadfeste det utan lenkja.</translation>
    </message>
    <message>
        <source>The client draft is registered (client ID %1).</source>
        <translation>Klientutkastet er registrert (klient-ID %1).</translation>
    </message>
    <message>
        <source>Waiting for confirmation in the portal. Open this link, or send it to the person who confirms: %1</source>
        <translation>Ventar på stadfesting i portalen. Opne denne lenkja, eller send ho til personen som skal stadfeste: %1</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed and for access to be granted…</source>
        <translation>Ventar på at avtaledokumenta vert signerte og at tilgang vert gjeven …</translation>
    </message>
    <message>
        <source>The client is confirmed.</source>
        <translation>Klienten er stadfesta.</translation>
    </message>
    <message>
        <source>Ready: the client has access.</source>
        <translation>Klar: klienten har tilgang.</translation>
    </message>
    <message>
        <source>Ready: the client has access. SFM-id: %1</source>
        <translation>Klar: klienten har tilgang. SFM-id: %1</translation>
    </message>
    <message>
        <source>The portal answered «%1» instead of a confirmation. The client is not confirmed yet; open the confirmation link again to confirm it.</source>
        <translation>Portalen svarte «%1» i staden for ei stadfesting. Klienten er ikkje stadfesta enno; opne stadfestingslenkja på nytt for å stadfeste han.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n day(s). Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>
            <numerusform>Slutta å vente etter %n dag. Ingenting er tapt: når stadfestinga eller signeringa er gjord, hald fram med tilkoplinga (i vegvisaren, eller med «sfmctl resume %1»).</numerusform>
            <numerusform>Slutta å vente etter %n dagar. Ingenting er tapt: når stadfestinga eller signeringa er gjord, hald fram med tilkoplinga (i vegvisaren, eller med «sfmctl resume %1»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting: the time allowed for waiting has passed. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>Slutta å vente: tida som var sett av til å vente, er gått. Ingenting er tapt: når stadfestinga eller signeringa er gjord, hald fram med tilkoplinga (i vegvisaren, eller med «sfmctl resume %1»).</translation>
    </message>
    <message>
        <source>The client is already registered; its setup can no longer be changed. Start a new onboarding instead.</source>
        <translation>Klienten er alt registrert; oppsettet kan ikkje lenger endrast. Start ei ny tilkopling i staden.</translation>
    </message>
    <message>
        <source>A registration was already sent; its setup can no longer be changed. Resume it, or start a new onboarding.</source>
        <translation>Ei registrering er alt send; oppsettet kan ikkje lenger endrast. Hald fram med ho, eller start ei ny tilkopling.</translation>
    </message>
    <message>
        <source>This step does not fit where the onboarding is now (%1).</source>
        <translation>Dette steget passar ikkje med kvar tilkoplinga er no (%1).</translation>
    </message>
    <message>
        <source>Making the key pair (RSA %1 bits, %2). This can take a few seconds…</source>
        <translation>Lagar nøkkelparet (RSA %1 bit, %2). Dette kan ta nokre sekund …</translation>
    </message>
    <message>
        <source>Making the key pair (%1)…</source>
        <translation>Lagar nøkkelparet (%1) …</translation>
    </message>
    <message>
        <source>This key has no private part, so it cannot be used to sign in. Choose the private key file.</source>
        <translation>Denne nøkkelen har ingen privat del, så han kan ikkje brukast til å logge inn. Vel fila med den private nøkkelen.</translation>
    </message>
    <message>
        <source>The vendor profile has no API key for this environment, so the client draft cannot be made automatically. Get the Klientmal&apos;s API key from the EPJ vendor, or choose Alternative 2 or 3.</source>
        <translation>Leverandørprofilen har ingen API-nøkkel for dette miljøet, så klientutkastet kan ikkje lagast automatisk. Få API-nøkkelen til klientmalen frå EPJ-leverandøren, eller vel alternativ 2 eller 3.</translation>
    </message>
    <message>
        <source>Enter the client ID exactly as the portal shows it.</source>
        <translation>Skriv inn klient-ID-en nøyaktig slik portalen viser han.</translation>
    </message>
    <message>
        <source>The client is registered (client ID %1).</source>
        <translation>Klienten er registrert (klient-ID %1).</translation>
    </message>
    <message>
        <source>Import the configuration file from the portal (or enter the client ID) to continue.</source>
        <translation>Importer konfigurasjonsfila frå portalen (eller skriv inn klient-ID-en) for å halde fram.</translation>
    </message>
    <message>
        <source>The onboarding is cancelled.</source>
        <translation>Tilkoplinga er avbroten.</translation>
    </message>
    <message>
        <source>The configuration can be exported when the client is ready (now: %1).</source>
        <translation>Konfigurasjonen kan eksporterast når klienten er klar (no: %1).</translation>
    </message>
    <message>
        <source>Could not write the configuration to %1. Choose another place.</source>
        <translation>Kunne ikkje skrive konfigurasjonen til %1. Vel ein annan stad.</translation>
    </message>
    <message>
        <source>There is no client yet to get a token for.</source>
        <translation>Det finst ingen klient enno å hente token for.</translation>
    </message>
    <message>
        <source>A client ID can only be given when the answer to a registration was lost.</source>
        <translation>Du kan berre oppgje ein klient-ID når svaret på ei registrering gjekk tapt.</translation>
    </message>
    <message>
        <source>The key does not fit the signing algorithm %1 it was registered for. Import the configuration file from the portal again.</source>
        <translation>Nøkkelen passar ikkje til signeringsalgoritmen %1 han vart registrert for. Importer konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The key ID is malformed. Import the configuration file from the portal again.</source>
        <translation>Nøkkel-ID-en er ugyldig. Importer konfigurasjonsfila frå portalen på nytt.</translation>
    </message>
    <message>
        <source>The old key is kept in another secret store than the one open now; it was left where it is.</source>
        <translation>Den gamle nøkkelen ligg i eit anna løyndomslager enn det som er ope no; han vart liggjande der han er.</translation>
    </message>
    <message>
        <source>In HelseID&apos;s self-service portal: open Klienter and the client %1, add a new key, download the new configuration file, then import it here (sfmctl import) and export the EPJ configuration again.</source>
        <translation>I Selvbetjening for HelseID: opne Klienter og klienten %1, legg til ein ny nøkkel, last ned den nye konfigurasjonsfila, importer ho her (sfmctl import) og eksporter EPJ-konfigurasjonen på nytt.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal before %1.</source>
        <translation>Denne klienten kan ikkje fornye nøkkelen sin sjølv: han har ikkje tilgangen nhn:selvbetjening/client. Forny han i portalen før %1.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal.</source>
        <translation>Denne klienten kan ikkje fornye nøkkelen sin sjølv: han har ikkje tilgangen nhn:selvbetjening/client. Forny han i portalen.</translation>
    </message>
    <message>
        <source>A key can be renewed once the client is ready (now: %1).</source>
        <translation>Nøkkelen kan fornyast når klienten er klar (no: %1).</translation>
    </message>
    <message>
        <source>Key renewal 1/4: making the new key pair…</source>
        <translation>Fornying av nøkkel 1/4: lagar det nye nøkkelparet…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: registering the new key with HelseID…</source>
        <translation>Fornying av nøkkel 2/4: registrerer den nye nøkkelen hos HelseID…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: asking HelseID which keys it has for the client…</source>
        <translation>Fornying av nøkkel 2/4: spør HelseID kva nøklar han har for klienten…</translation>
    </message>
    <message>
        <source>HelseID did not answer whether it registered the new key. The key in use still works. Try again later: HelseID is asked first, so the new key is never registered twice.</source>
        <translation>HelseID svara ikkje på om den nye nøkkelen vart registrert. Nøkkelen som er i bruk, verkar framleis. Prøv igjen seinare: HelseID vert spurd først, så den nye nøkkelen vert aldri registrert to gonger.</translation>
    </message>
    <message>
        <source>Key renewal 3/4: getting a token with the new key…</source>
        <translation>Fornying av nøkkel 3/4: hentar eit token med den nye nøkkelen…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the EPJ configuration with the new key ID…</source>
        <translation>Fornying av nøkkel 4/4: skriv EPJ-konfigurasjonen med den nye nøkkel-ID-en…</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1); it expires on %2.</source>
        <translation>Nøkkelen er fornya (nøkkel-ID %1); han går ut %2.</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1).</source>
        <translation>Nøkkelen er fornya (nøkkel-ID %1).</translation>
    </message>
    <message>
        <source>The key expired on %1, so HelseID no longer accepts it, and it cannot authorise its own renewal. In HelseID&apos;s self-service portal: open Klienter and the client %2, add a new key, download the new configuration file, then import it here (sfmctl import).</source>
        <translation>Nøkkelen gjekk ut %1, så HelseID godtek han ikkje lenger, og han kan ikkje godkjenne si eiga fornying. I Selvbetjening for HelseID: opne Klienter og klienten %2, legg til ein ny nøkkel, last ned den nye konfigurasjonsfila og importer ho her (sfmctl import).</translation>
    </message>
    <message>
        <source>The old key&apos;s grace period is over; it is removed from the secret store.</source>
        <translation>Overgangstida for den gamle nøkkelen er over; han er fjerna frå løyndomslageret.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Renew the key when it is done.</source>
        <translation>Eit anna steg i denne tilkoplinga er i gang. Forny nøkkelen når det er ferdig.</translation>
    </message>
    <message>
        <source>The EPJ configuration is written again to %1.</source>
        <translation>EPJ-konfigurasjonen er skriven på nytt til %1.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Change the scopes when it is done.</source>
        <translation>Eit anna steg i denne tilkoplinga er i gang. Endra tilgangane når det er ferdig.</translation>
    </message>
    <message>
        <source>Scopes can be changed once the client is ready (now: %1).</source>
        <translation>Tilgangane kan endrast når klienten er klar (no: %1).</translation>
    </message>
    <message>
        <source>This client cannot change its scopes itself: it does not have the scope nhn:selvbetjening/client. Change them in HelseID&apos;s self-service portal (Klienter, the client %1), then import the new configuration file.</source>
        <translation>Denne klienten kan ikkje endre tilgangane sine sjølv: han har ikkje tilgangen nhn:selvbetjening/client. Endra dei i Selvbetjening for HelseID (Klienter, klienten %1), og importer så den nye konfigurasjonsfila.</translation>
    </message>
    <message>
        <source>The scope nhn:selvbetjening/client cannot be removed: without it the client can neither read its status nor renew its key.</source>
        <translation>Tilgangen nhn:selvbetjening/client kan ikkje fjernast: utan han kan klienten korkje lese statusen sin eller fornye nøkkelen.</translation>
    </message>
    <message>
        <source>The scope %1 is both added and removed.</source>
        <translation>Tilgangen %1 er både lagd til og fjerna.</translation>
    </message>
    <message>
        <source>The vendor profile does not offer the scope %1.</source>
        <translation>Leverandørprofilen tilbyr ikkje tilgangen %1.</translation>
    </message>
    <message>
        <source>The client already has these scopes; there is nothing to change.</source>
        <translation>Klienten har alt desse tilgangane; det er ingenting å endre.</translation>
    </message>
    <message>
        <source>Reading the client from HelseID…</source>
        <translation>Les klienten frå HelseID…</translation>
    </message>
    <message>
        <source>Writing the client back to HelseID with the new scopes…</source>
        <translation>Skriv klienten tilbake til HelseID med dei nye tilgangane…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the new key to the EPJ&apos;s key file…</source>
        <translation>Nøkkelfornying 4/4: skriv den nye nøkkelen til nøkkelfila til EPJ-en …</translation>
    </message>
    <message>
        <source>This client cannot see whether the agreement documents are signed (it lacks the scope «%1»). Check in the portal that they are signed and say so, or run the test login as a prescriber: it proves that SFM accepts the client.</source>
        <translation>Denne klienten kan ikkje sjå om avtaledokumenta er signerte (han manglar tilgangen «%1»). Sjekk i portalen at dei er signerte, og sei frå, eller køyr testinnlogginga som forskrivar: ho provar at SFM godtek klienten.</translation>
    </message>
    <message>
        <source>The address the portal sends the browser to after Confirm (port %1 on this computer) can no longer be used, so the browser will show an error page after the confirmation. That is harmless: the regular check notices the confirmation by itself.</source>
        <translation>Adressa portalen sender nettlesaren til etter Stadfest (port %1 på denne datamaskina), kan ikkje lenger brukast, så nettlesaren viser ei feilside etter stadfestinga. Det er ufarleg: den jamlege sjekken oppdagar stadfestinga av seg sjølv.</translation>
    </message>
    <message>
        <source>The clock on this computer differs from HelseID&apos;s by %1. While it is off, HelseID may refuse the requests of this program and of the EPJ: set the computer&apos;s clock right (turn on automatic time).</source>
        <translation>Klokka på denne datamaskina avvik frå HelseID si med %1. Så lenge ho går feil, kan HelseID avvise førespurnadene frå dette programmet og frå EPJ-en: still klokka rett (slå på automatisk tid).</translation>
    </message>
    <message>
        <source>assigned by HelseID — visible after the first login</source>
        <translation>blir tildelt av HelseID – synleg etter første innlogging</translation>
    </message>
    <message>
        <source>The token does not carry the scope «%1», so SFM would refuse it: access to SFM is not granted yet (are the agreement documents signed?).</source>
        <translation>Tokenet har ikkje tilgangen «%1», så SFM ville avvist det: tilgangen til SFM er ikkje gitt enno (er avtaledokumenta signerte?).</translation>
    </message>
    <message>
        <source>The token has no SFM-id (the claim «%1»), so SFM would refuse it: HelseID has not assigned one to the client yet.</source>
        <translation>Tokenet har inga SFM-id (claimen «%1»), så SFM ville avvist det: HelseID har ikkje tildelt klienten nokon enno.</translation>
    </message>
    <message>
        <source>The login&apos;s security level is «%1», and SFM needs 4.</source>
        <translation>Tryggleiksnivået til innlogginga er «%1», og SFM krev 4.</translation>
    </message>
    <message>
        <source>A test login is already running.</source>
        <translation>Ei testinnlogging går alt.</translation>
    </message>
    <message>
        <source>There is no client yet to log in with.</source>
        <translation>Det finst ingen klient enno å logge inn med.</translation>
    </message>
    <message>
        <source>Logging in as a prescriber in the browser…</source>
        <translation>Loggar inn som forskrivar i nettlesaren …</translation>
    </message>
    <message>
        <source>This client reads its own status from HelseID, so the program sees the signing by itself.</source>
        <translation>Denne klienten les sin eigen status frå HelseID, så programmet ser signeringa sjølv.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Les fila …</translation>
    </message>
    <message>
        <source>SFM needs a user: a token for «%1» comes only from a user login. Use the test login as a prescriber instead.</source>
        <translation>SFM krev ein brukar: eit token for «%1» får du berre frå ei brukarinnlogging. Bruk testinnlogginga som forskrivar i staden.</translation>
    </message>
    <message>
        <source>HelseID does not know the client as confirmed yet. The program checks again by itself; right after a confirmation, HelseID may need a minute.</source>
        <translation>HelseID kjenner ikkje klienten som stadfesta enno. Programmet sjekkar igjen av seg sjølv; rett etter ei stadfesting kan HelseID trenge eit minutt.</translation>
    </message>
    <message>
        <source>The portal reports the client as confirmed. Checking with HelseID…</source>
        <translation>Portalen melder at klienten er stadfesta. Sjekkar med HelseID…</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OnboardingData</name>
    <message>
        <source>The onboarding file is damaged or from an unknown version. Start a new onboarding, or ask support to look at the file.</source>
        <translation>Tilkoplingsfila er skadd eller frå ein ukjend versjon. Start ei ny tilkopling, eller be brukarstøtta sjå på fila.</translation>
    </message>
    <message>
        <source>Enter the journal&apos;s SFM-id.</source>
        <translation>Skriv inn SFM-id-en til journalen.</translation>
    </message>
    <message>
        <source>An SFM-id has at most 50 characters; this one has %1.</source>
        <translation>Ein SFM-id har høgst 50 teikn; denne har %1.</translation>
    </message>
    <message>
        <source>An SFM-id may contain letters, digits, «.», «-» and «_» only. Copy it again from the journal&apos;s configuration.</source>
        <translation>Ein SFM-id kan berre innehalde bokstavar, siffer, «.», «-» og «_». Kopier han på nytt frå konfigurasjonen til journalen.</translation>
    </message>
    <message>
        <source>The environment&apos;s addresses are incomplete. Choose the environment again or check the custom addresses.</source>
        <translation>Adressene til miljøet er ufullstendige. Vel miljøet på nytt eller sjekk dei eigendefinerte adressene.</translation>
    </message>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Undereining %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>Ei undereining kan ikkje ha same nummer som organisasjonen sjølv.</translation>
    </message>
    <message>
        <source>Choose at least one scope (API access) for the client.</source>
        <translation>Vel minst éin tilgang (API-tilgang) for klienten.</translation>
    </message>
    <message>
        <source>An RSA key must have at least %1 bits.</source>
        <translation>Ein RSA-nøkkel må ha minst %1 bit.</translation>
    </message>
    <message>
        <source>The onboarding file names its vendor profile by something other than a file on this computer (field vendorProfile). The file was changed outside this program; it is not used.</source>
        <translation>Onboardingfila oppgjev leverandørprofilen som noko anna enn ei fil på denne datamaskina (feltet vendorProfile). Fila er endra utanfor dette programmet og vert ikkje brukt.</translation>
    </message>
    <message>
        <source>The onboarding file&apos;s contact is not usable: %1</source>
        <translation>Kontakten i tilkoplingsfila kan ikkje brukast: %1</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OrganizationNumber</name>
    <message>
        <source>Enter the organization number (9 digits).</source>
        <translation>Skriv inn organisasjonsnummeret (9 siffer).</translation>
    </message>
    <message>
        <source>An organization number has digits only. Check what you typed and try again.</source>
        <translation>Eit organisasjonsnummer har berre siffer. Sjekk det du skreiv, og prøv igjen.</translation>
    </message>
    <message>
        <source>An organization number has exactly 9 digits; this one has %1.</source>
        <translation>Eit organisasjonsnummer har nøyaktig 9 siffer; dette har %1.</translation>
    </message>
    <message>
        <source>This is not a valid organization number (the check digit does not match). Check it in Enhetsregisteret (brreg.no) and try again.</source>
        <translation>Dette er ikkje eit gyldig organisasjonsnummer (kontrollsifferet stemmer ikkje). Sjekk det i Einingsregisteret (brreg.no) og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::State</name>
    <message>
        <source>Not started</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <source>Key ready</source>
        <translation>Nøkkel klar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Waiting for confirmation in the portal</source>
        <translation>Ventar på stadfesting i portalen</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Ventar på signering og tilgang</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Configuration exported</source>
        <translation>Konfigurasjon eksportert</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Stoppa av ein feil</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbroten</translation>
    </message>
</context>
<context>
    <name>sfm::storage::EncryptedFileSecretStore</name>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>Det finst ingen privat nøkkel å lagre. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key file is damaged or is not an encrypted private key. Choose the right file, or start a new onboarding.</source>
        <translation>Nøkkelfila er skadd eller er ikkje ein kryptert privat nøkkel. Vel rett fil, eller start ei ny tilkopling.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file. Check the passphrase and try again.</source>
        <translation>Passordfrasen opnar ikkje nøkkelfila. Sjekk passordfrasen og prøv igjen.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Use the computer where the onboarding was started, or start a new onboarding.</source>
        <translation>Nøkkelfila %1 finst ikkje. Bruk datamaskina der tilkoplinga vart starta, eller start ei ny tilkopling.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Delete it by hand.</source>
        <translation>Kunne ikkje slette nøkkelfila %1. Slett ho for hand.</translation>
    </message>
    <message>
        <source>The key could not be encrypted for the key file. Try again; if it keeps failing, ask support.</source>
        <translation>Nøkkelen kunne ikkje krypterast for nøkkelfila. Prøv igjen; om det held fram med å feile, spør brukarstøtta.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Choose one of at least %1 characters: anyone who gets a copy of the key file can try passphrases on it without limit, and a short one is soon found. Keep it safe: without it the key cannot be used.</source>
        <translation>Passordfrasen er for kort. Vel ein på minst %1 teikn: den som får ein kopi av nøkkelfila, kan prøve passordfrasar på ho utan grense, og ein kort ein vert fort funnen. Ta godt vare på han: utan han kan ikkje nøkkelen brukast.</translation>
    </message>
</context>
<context>
    <name>sfm::storage::KeychainSecretStore</name>
    <message>
        <source>The private key is not in the keychain (it may have been deleted, or this is another user account or computer). Use the computer and user account where the onboarding was started, or start a new onboarding.</source>
        <translation>Den private nøkkelen ligg ikkje i nøkkelringen (han kan vere sletta, eller dette er ein annan brukarkonto eller ei anna datamaskin). Bruk datamaskina og brukarkontoen der tilkoplinga vart starta, eller start ei ny tilkopling.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow the application to use the keychain when asked, then try again.</source>
        <translation>Tilgang til nøkkelringen vart nekta. Gje programmet lov til å bruke nøkkelringen når du vert spurd, og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked). Unlock your keychain, then try again.</source>
        <translation>Nøkkelringen nekta tilgang (han kan vere låst). Lås opp nøkkelringen og prøv igjen.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the private key cannot be stored safely there. Start the system&apos;s keychain service (on Linux e.g. GNOME Keyring or KWallet) and try again, or choose to keep the key in a passphrase-protected file.</source>
        <translation>Ingen nøkkelring er tilgjengeleg på denne datamaskina, så den private nøkkelen kan ikkje lagrast trygt der. Start nøkkelringtenesta til systemet (på Linux t.d. GNOME Keyring eller KWallet) og prøv igjen, eller vel å lagre nøkkelen i ei fil verna av passordfrase.</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain. Delete the entry «%1» by hand in the keychain program.</source>
        <translation>Nøkkelen kunne ikkje slettast frå nøkkelringen. Slett oppføringa «%1» for hand i nøkkelringprogrammet.</translation>
    </message>
    <message>
        <source>The keychain did not answer as expected. Try again; if it keeps failing, restart the keychain service or choose to keep the key in a passphrase-protected file.</source>
        <translation>Nøkkelringen svarte ikkje som venta. Prøv igjen; om det held fram med å feile, start nøkkelringtenesta på nytt eller vel å lagre nøkkelen i ei fil verna av passordfrase.</translation>
    </message>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>Det finst ingen privat nøkkel å lagre. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key is too large for the keychain. Choose a smaller key (RSA 4096 fits).</source>
        <translation>Nøkkelen er for stor for nøkkelringen. Vel ein mindre nøkkel (RSA 4096 får plass).</translation>
    </message>
    <message>
        <source>The keychain entry «%1» does not hold a usable private key. Start a new onboarding, or ask support.</source>
        <translation>Nøkkelringoppføringa «%1» inneheld ikkje ein brukbar privat nøkkel. Start ei ny tilkopling, eller spør brukarstøtta.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ChooseWayPage</name>
    <message>
        <source>Choose the way</source>
        <translation>Vel framgangsmåte</translation>
    </message>
    <message>
        <source>HelseID offers three ways to make the client. All end in the same place.</source>
        <translation>HelseID har tre måtar å lage klienten på. Alle endar på same stad.</translation>
    </message>
    <message>
        <source>Pick the way that fits what you have at hand. Whichever you choose, someone with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) must confirm the client and sign the agreement documents.</source>
        <translation>Vel den måten som passar med det du har for handa. Uansett kva du vel, må nokon med Altinn-rolla «Ta i bruk HelseID for et fagsystem» på hovudeininga til organisasjonen stadfeste klienten og signere avtaledokumenta.</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (recommended)</source>
        <translation>Alternativ &amp;1: automatisk via API (tilrådd)</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (not available)</source>
        <translation>Alternativ &amp;1: automatisk via API (ikkje tilgjengeleg)</translation>
    </message>
    <message>
        <source>Needs the API key that is in your vendor profile — nothing more to fetch. The wizard makes the key pair and the client draft; then a person with the Altinn role confirms it in the portal (you can send them the link) and signs.</source>
        <translation>Treng API-nøkkelen som ligg i leverandørprofilen din – ikkje noko meir å hente. Vegvisaren lagar nøkkelparet og klientutkastet; deretter stadfestar ein person med Altinn-rolla det i portalen (du kan sende dei lenkja) og signerer.</translation>
    </message>
    <message>
        <source>Needs an API key from your vendor&apos;s Klientmal (client template) for this environment. Your vendor profile has none, so use Alternative 2 or 3, or ask your vendor for a profile with a key.</source>
        <translation>Treng ein API-nøkkel frå klientmalen til leverandøren for dette miljøet. Leverandørprofilen din har ingen, så bruk alternativ 2 eller 3, eller be leverandøren om ein profil med nøkkel.</translation>
    </message>
    <message>
        <source>Alternative &amp;2: package link from your vendor</source>
        <translation>Alternativ &amp;2: pakkelenkje frå leverandøren</translation>
    </message>
    <message>
        <source>Needs the package link your EPJ vendor sent you, and a mobile phone for the SMS. A person with the Altinn role opens the link in the portal, which makes the client and a zip file with its key; the zip&apos;s password comes by SMS. You import the zip here.</source>
        <translation>Treng pakkelenkja EPJ-leverandøren sende deg, og ein mobiltelefon for SMS. Ein person med Altinn-rolla opnar lenkja i portalen, som lagar klienten og ei zip-fil med nøkkelen; passordet til zip-fila kjem på SMS. Du importerer zip-fila her.</translation>
    </message>
    <message>
        <source>Alternative &amp;3: by hand in the portal</source>
        <translation>Alternativ &amp;3: manuelt i portalen</translation>
    </message>
    <message>
        <source>Needs access to the self-service portal (Selvbetjening). Someone creates the client from your vendor&apos;s Klientmal (client template) and downloads its configuration file (a zip, password by SMS). You import it here, or make the key here and paste its public part in the portal.</source>
        <translation>Treng tilgang til Selvbetjening (sjølvbeteningsportalen for HelseID). Nokon lagar klienten frå klientmalen til leverandøren og lastar ned konfigurasjonsfila (ei zip-fil, passord på SMS). Du importerer ho her, eller lagar nøkkelen her og limer inn den offentlege delen i portalen.</translation>
    </message>
    <message>
        <source>Make the &amp;key pair here</source>
        <translation>Lag nøkkel&amp;paret her</translation>
    </message>
    <message>
        <source>You then paste its public key in the portal instead of downloading a zip. The private key never leaves this computer.</source>
        <translation>Då limer du inn den offentlege nøkkelen i portalen i staden for å laste ned ei zip-fil. Den private nøkkelen forlèt aldri denne datamaskina.</translation>
    </message>
    <message>
        <source>You can stop after any step and resume later from the first page.</source>
        <translation>Du kan stoppe etter kvart steg og halde fram seinare frå første sida.</translation>
    </message>
    <message>
        <source>Needs the vendor profile from your EPJ vendor, with an API key for this environment. No vendor profile was found on this computer (the first page says where the wizard looked), so use Alternative 2 or 3, or ask your vendor for the profile.</source>
        <translation>Treng leverandørprofilen frå EPJ-leverandøren, med ein API-nøkkel for dette miljøet. Det vart ikkje funne nokon leverandørprofil på denne datamaskina (første sida viser kvar vegvisaren leita), så bruk alternativ 2 eller 3, eller be leverandøren om profilen.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ConfirmPage</name>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>Confirmed. Next: signing the agreement documents and access.</source>
        <translation>Stadfesta. Neste: signering av avtaledokumenta og tilgang.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer. Next check in %n s.</source>
        <translation>
            <numerusform>Ventar på stadfestinga … Vegvisaren merkar òg ei stadfesting som er gjord på ei anna datamaskin. Ny sjekk om %n s.</numerusform>
            <numerusform>Ventar på stadfestinga … Vegvisaren merkar òg ei stadfesting som er gjord på ei anna datamaskin. Ny sjekk om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer.</source>
        <translation>Ventar på stadfestinga … Vegvisaren merkar òg ei stadfesting som er gjord på ei anna datamaskin.</translation>
    </message>
    <message>
        <source>Confirm in the portal</source>
        <translation>Stadfest i portalen</translation>
    </message>
    <message>
        <source>The client draft is registered. Now someone must confirm it.</source>
        <translation>Klientutkastet er registrert. No må nokon stadfeste det.</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) opens this link, logs in with ID-porten (e.g. BankID) and confirms. If that is not you, send them the link.</source>
        <translation>Ein person med Altinn-rolla «Ta i bruk HelseID for et fagsystem» på hovudeininga til organisasjonen opnar denne lenkja, loggar inn med ID-porten (t.d. BankID) og stadfestar. Er det ikkje deg, send lenkja til vedkomande.</translation>
    </message>
    <message>
        <source>Confirmation &amp;link:</source>
        <translation>Stadfestings&amp;lenkje:</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Stadfestingslenkje</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>O&amp;pne i nettlesaren</translation>
    </message>
    <message>
        <source>&amp;Copy the link</source>
        <translation>&amp;Kopier lenkja</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send på &amp;e-post …</translation>
    </message>
    <message>
        <source>QR code of the confirmation link</source>
        <translation>QR-kode for stadfestingslenkja</translation>
    </message>
    <message>
        <source>Scan to open the link on a phone.</source>
        <translation>Skann for å opne lenkja på ein telefon.</translation>
    </message>
    <message>
        <source>You can close this window while you wait: the onboarding is saved, and you resume it from the first page.</source>
        <translation>Du kan lukke dette vindauget medan du ventar: tilkoplinga er lagra, og du held fram med ho frå første sida.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>S&amp;jekk no</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>Endre k&amp;ontakt …</translation>
    </message>
    <message>
        <source>Whom the e-mail goes to, and in which language</source>
        <translation>Kven e-posten går til, og på kva språk</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ContactDialog</name>
    <message>
        <source>Contact for the confirmation e-mail</source>
        <translation>Kontakt for e-posten om stadfesting</translation>
    </message>
    <message>
        <source>Whom the confirmation e-mail for «%1» goes to, and in which language: the person who confirms the client in the portal.</source>
        <translation>Kven e-posten om stadfesting for «%1» går til, og på kva språk: den som stadfestar klienten i portalen.</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>t.d. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-postadressa til den som stadfestar hos kunden</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>Språ&amp;k i e-posten:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>Språket i programmet</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Språket i e-posten om stadfesting</translation>
    </message>
    <message>
        <source>Leave the address empty to choose it in the mail program. Kept on this computer only, never sent to HelseID, so it can change at any step.</source>
        <translation>La adressa stå tom for å velje ho i e-postprogrammet. Vert berre lagra på denne datamaskina og aldri send til HelseID, så ho kan endrast når som helst.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::DonePage</name>
    <message>
        <source>The HelseID client is ready.</source>
        <translation>HelseID-klienten er klar.</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Journal:</translation>
    </message>
    <message>
        <source>Organization number:</source>
        <translation>Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Child units:</source>
        <translation>Undereiningar:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Klient-ID:</translation>
    </message>
    <message>
        <source>SFM-id:</source>
        <translation>SFM-id:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Nøkkel-ID:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Tilgangar:</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Not exported yet.</source>
        <translation>Ikkje eksportert enno.</translation>
    </message>
    <message>
        <source>The key expires on %1. Renew it well before then (at least 30 days): a key left to expire stops prescribing.</source>
        <translation>Nøkkelen går ut %1. Forny han i god tid før (minst 30 dagar): ein nøkkel som får gå ut, stoppar forskrivinga.</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires. Check it in the portal and renew it well before then: a key left to expire stops prescribing.</source>
        <translation>HelseID oppgav ikkje når nøkkelen går ut. Sjekk det i portalen og forny han i god tid før: ein nøkkel som får gå ut, stoppar forskrivinga.</translation>
    </message>
    <message>
        <source>Give the exported file to your journal system (EPJ); it names the key in this computer&apos;s keychain but does not contain it.</source>
        <translation>Gje den eksporterte fila til journalsystemet ditt (EPJ); ho peikar på nøkkelen i nøkkelringen på denne datamaskina, men inneheld han ikkje.</translation>
    </message>
    <message>
        <source>SFM in production also needs an access order for SFM/e-resept that your EPJ vendor sends to NHN. Ask your vendor whether it is in place.</source>
        <translation>SFM i produksjon krev òg ei tilgangsbestilling for SFM/e-resept som EPJ-leverandøren sender til NHN. Spør leverandøren om ho er på plass.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Your journal system can now use SFM through this HelseID client.</source>
        <translation>Journalsystemet ditt kan no bruke SFM gjennom denne HelseID-klienten.</translation>
    </message>
    <message>
        <source>&amp;Export the EPJ configuration…</source>
        <translation>&amp;Eksporter EPJ-konfigurasjonen …</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Kva skjer vidare</translation>
    </message>
    <message>
        <source>This client renews its key through HelseID&apos;s API: «Renew key now» above, or every day unattended with «sfmctl agent install».</source>
        <translation>Denne klienten fornyar nøkkelen sin gjennom API-et til HelseID: «Forny nøkkelen no» over, eller kvar dag utan tilsyn med «sfmctl agent install».</translation>
    </message>
    <message>
        <source>Exporting the configuration…</source>
        <translation>Eksporterer konfigurasjonen …</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser…</source>
        <translation>Ventar på innlogginga i nettlesaren …</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ExportDialog</name>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Eksporter EPJ-konfigurasjonen</translation>
    </message>
    <message>
        <source>EPJ configuration (*.json)</source>
        <translation>EPJ-konfigurasjon (*.json)</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>Nøkkelfila</translation>
    </message>
    <message>
        <source>Key file (*.pem)</source>
        <translation>Nøkkelfil (*.pem)</translation>
    </message>
    <message>
        <source>The transfer file</source>
        <translation>Overføringsfila</translation>
    </message>
    <message>
        <source>Transfer file (*.p8.pem)</source>
        <translation>Overføringsfil (*.p8.pem)</translation>
    </message>
    <message>
        <source>The EPJ needs this configuration file and the private key. The file never contains the key; it says where the EPJ finds it.</source>
        <translation>EPJ-en treng denne konfigurasjonsfila og den private nøkkelen. Fila inneheld aldri nøkkelen; ho seier kvar EPJ-en finn han.</translation>
    </message>
    <message>
        <source>&amp;Configuration file:</source>
        <translation>&amp;Konfigurasjonsfil:</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurasjonsfil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Vel konfigurasjonsfila</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Vel nøkkelfila</translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation>Vel overføringsfila</translation>
    </message>
    <message>
        <source>Where will the EPJ read the key?</source>
        <translation>Kvar skal EPJ-en lese nøkkelen?</translation>
    </message>
    <message>
        <source>In my &amp;keychain: the EPJ runs as me, on this computer</source>
        <translation>I &amp;nøkkelringen min: EPJ-en køyrer som meg, på denne datamaskina</translation>
    </message>
    <message>
        <source>In a key &amp;file for the account the EPJ runs as (a service on this computer)</source>
        <translation>I ei nøkkel&amp;fil for kontoen EPJ-en køyrer som (ei teneste på denne datamaskina)</translation>
    </message>
    <message>
        <source>In a &amp;transfer file, to install on the computer where the EPJ runs</source>
        <translation>I ei &amp;overføringsfil, som vert installert på datamaskina der EPJ-en køyrer</translation>
    </message>
    <message>
        <source>Key fi&amp;le:</source>
        <translation>Nøkkelfi&amp;l:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Nøkkelfil</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Kon&amp;to:</translation>
    </message>
    <message>
        <source>The account the EPJ runs as</source>
        <translation>Kontoen EPJ-en køyrer som</translation>
    </message>
    <message>
        <source>e.g. the service&apos;s user name</source>
        <translation>t.d. brukarnamnet til tenesta</translation>
    </message>
    <message>
        <source>T&amp;ransfer file:</source>
        <translation>O&amp;verføringsfil:</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Overføringsfil</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Passphrase for the transfer file</source>
        <translation>Passordfrase for overføringsfila</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Only your user account can read the key there. Choose this when the EPJ runs as you, on this computer.</source>
        <translation>Berre brukarkontoen din kan lese nøkkelen der. Vel dette når EPJ-en køyrer som deg, på denne datamaskina.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. The key is also written in the JWK form beside it. Making a file for another account needs administrator rights.</source>
        <translation>Berre den kontoen (og administratorar) kan lese fila. Nøkkelen vert òg skriven i JWK-form ved sida av. Å lage ei fil for ein annan konto krev administratorrettar.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. Making a file for another account needs administrator rights.</source>
        <translation>Berre den kontoen (og administratorar) kan lese fila. Å lage ei fil for ein annan konto krev administratorrettar.</translation>
    </message>
    <message>
        <source>Carry the transfer file and the configuration to the EPJ&apos;s computer and give the passphrase by another way. There, as the EPJ&apos;s account, run: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION. Then delete the transfer file.</source>
        <translation>Ta med overføringsfila og konfigurasjonen til datamaskina til EPJ-en, og gje passordfrasen på ein annan måte. Køyr der, som kontoen til EPJ-en: sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON. Slett så overføringsfila.</translation>
    </message>
    <message>
        <source>Choose where the configuration file goes.</source>
        <translation>Vel kvar konfigurasjonsfila skal liggje.</translation>
    </message>
    <message>
        <source>Choose where the key file goes.</source>
        <translation>Vel kvar nøkkelfila skal liggje.</translation>
    </message>
    <message>
        <source>Name the account the EPJ runs as.</source>
        <translation>Oppgi kontoen EPJ-en køyrer som.</translation>
    </message>
    <message>
        <source>Choose where the transfer file goes.</source>
        <translation>Vel kvar overføringsfila skal liggje.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Bruk ei passordfrase på minst %1 teikn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ImportPage</name>
    <message>
        <source>Save the public key</source>
        <translation>Lagre den offentlege nøkkelen</translation>
    </message>
    <message>
        <source>JWK (*.json)</source>
        <translation>JWK (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file. Choose another folder and try again.</source>
        <translation>Klarte ikkje å lagre fila. Vel ei anna mappe og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose the file from the portal</source>
        <translation>Vel fila frå portalen</translation>
    </message>
    <message>
        <source>Configuration from the portal (*.zip *.json);;All files (*)</source>
        <translation>Konfigurasjon frå portalen (*.zip *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Les fila …</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Klient-ID: %1</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Nøkkel-ID: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Tilgangar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>Keeping the key in the keychain and checking the client…</source>
        <translation>Legg nøkkelen i nøkkelringen og sjekkar klienten …</translation>
    </message>
    <message>
        <source>Delete the downloaded file?</source>
        <translation>Slette den nedlasta fila?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you (the button below opens the one in your vendor profile).</source>
        <translation>Opne pakkelenkja EPJ-leverandøren sende deg (knappen under opnar den som står i leverandørprofilen din).</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» logs in and approves the package for organization number %1. The portal makes the client and its key pair.</source>
        <translation>Ein person med Altinn-rolla «Ta i bruk HelseID for et fagsystem» loggar inn og godkjenner pakken for organisasjonsnummer %1. Portalen lagar klienten og nøkkelparet.</translation>
    </message>
    <message>
        <source>Download the zip file the portal offers. Its password comes by SMS to that person&apos;s phone.</source>
        <translation>Last ned zip-fila portalen tilbyr. Passordet kjem på SMS til telefonen til den personen.</translation>
    </message>
    <message>
        <source>Choose the zip below (or drag it here) and type the SMS password.</source>
        <translation>Vel zip-fila nedanfor (eller dra ho hit) og skriv inn SMS-passordet.</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (the self-service portal) and log in with ID-porten.</source>
        <translation>Opne &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (sjølvbeteningsportalen) og logg inn med ID-porten.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from the Klientmal «%1» of %2 for organization number %3.</source>
        <translation>Under «Klienter», lag ein ny klient frå klientmalen «%1» frå %2 for organisasjonsnummer %3.</translation>
    </message>
    <message>
        <source>Choose the scopes your vendor asks for, at least «SFM portaler og integrasjoner».</source>
        <translation>Vel tilgangane leverandøren ber om, minst «SFM portaler og integrasjoner».</translation>
    </message>
    <message>
        <source>Choose to use your own public key and paste the one below (copy it, or save it as a file).</source>
        <translation>Vel å bruke din eigen offentlege nøkkel, og lim inn den nedanfor (kopier han, eller lagre han som fil).</translation>
    </message>
    <message>
        <source>Save the client and copy its client ID into the field below.</source>
        <translation>Lagre klienten og kopier klient-ID-en inn i feltet nedanfor.</translation>
    </message>
    <message>
        <source>Let the portal make the key, and download the configuration file (a zip; its password comes by SMS).</source>
        <translation>La portalen lage nøkkelen, og last ned konfigurasjonsfila (ei zip-fil; passordet kjem på SMS).</translation>
    </message>
    <message>
        <source>Choose the file below (or drag it here) and type the SMS password.</source>
        <translation>Vel fila nedanfor (eller dra ho hit) og skriv inn SMS-passordet.</translation>
    </message>
    <message>
        <source>Package from your vendor</source>
        <translation>Pakke frå leverandøren</translation>
    </message>
    <message>
        <source>Make the client in the portal</source>
        <translation>Lag klienten i portalen</translation>
    </message>
    <message>
        <source>Alternative 2: the portal makes the client from your vendor&apos;s package.</source>
        <translation>Alternativ 2: portalen lagar klienten frå pakken til leverandøren.</translation>
    </message>
    <message>
        <source>Alternative 3: you make the client by hand in the portal.</source>
        <translation>Alternativ 3: du lagar klienten manuelt i portalen.</translation>
    </message>
    <message>
        <source>Open the &amp;package link</source>
        <translation>Opne &amp;pakkelenkja</translation>
    </message>
    <message>
        <source>Open the p&amp;ortal</source>
        <translation>Opne p&amp;ortalen</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Opne Selvbetjening i nettlesaren</translation>
    </message>
    <message>
        <source>Your own key</source>
        <translation>Din eigen nøkkel</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>O&amp;ffentleg nøkkel:</translation>
    </message>
    <message>
        <source>Public key (JWK) to paste in the portal</source>
        <translation>Offentleg nøkkel (JWK) som skal limast inn i portalen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Save as file…</source>
        <translation>&amp;Lagre som fil …</translation>
    </message>
    <message>
        <source>Client &amp;ID from the portal:</source>
        <translation>Klient-&amp;ID frå portalen:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>The file from the portal</source>
        <translation>Fila frå portalen</translation>
    </message>
    <message>
        <source>Drop the zip or JSON file here</source>
        <translation>Slepp zip- eller JSON-fila her</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>V&amp;el fil …</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Inga fil vald enno.</translation>
    </message>
    <message>
        <source>SMS pass&amp;word:</source>
        <translation>S&amp;MS-passord:</translation>
    </message>
    <message>
        <source>SMS password of the zip file</source>
        <translation>SMS-passordet til zip-fila</translation>
    </message>
    <message>
        <source>Not needed for a JSON file you extracted yourself. The password is used once and never saved.</source>
        <translation>Trengst ikkje for ei JSON-fil du har pakka ut sjølv. Passordet vert brukt éin gong og aldri lagra.</translation>
    </message>
    <message>
        <source>Keeping the key in the passphrase-protected file and checking the client…</source>
        <translation>Legg nøkkelen i fila verna av passordfrase og sjekkar klienten …</translation>
    </message>
    <message>
        <source>%1

Delete the file now?</source>
        <translation>%1

Slette fila no?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you. No vendor profile was found on this computer, so the wizard cannot open it for you: use the link in the vendor&apos;s message.</source>
        <translation>Opne pakkelenkja EPJ-leverandøren sende deg. Det vart ikkje funne nokon leverandørprofil på denne datamaskina, så vegvisaren kan ikkje opne ho for deg: bruk lenkja i meldinga frå leverandøren.</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you.</source>
        <translation>Opne pakkelenkja EPJ-leverandøren sende deg.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from your EPJ vendor&apos;s Klientmal for organization number %1.</source>
        <translation>Under «Klienter», lag ein ny klient frå klientmalen til EPJ-leverandøren din for organisasjonsnummer %1.</translation>
    </message>
    <message>
        <source>The wizard has no package link from a vendor profile: use the link your vendor sent you.</source>
        <translation>Vegvisaren har inga pakkelenkje frå ein leverandørprofil: bruk lenkja leverandøren sende deg.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyExpiryPanel</name>
    <message>
        <source>Renewing the key…</source>
        <translation>Fornyar nøkkelen…</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires.</source>
        <translation>HelseID gav ikkje opp når nøkkelen går ut.</translation>
    </message>
    <message>
        <source>The key expired on %1.</source>
        <translation>Nøkkelen gjekk ut %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires on %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Nøkkelen går ut %1 (%n dag att).</numerusform>
            <numerusform>Nøkkelen går ut %1 (%n dagar att).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew key now</source>
        <translation>Forny nø&amp;kkelen no</translation>
    </message>
    <message>
        <source>Registers a new key with HelseID, checks it works, switches to it and writes the EPJ configuration again. The old key keeps working for 14 days.</source>
        <translation>Registrerer ein ny nøkkel hos HelseID, sjekkar at han verkar, byter til han og skriv EPJ-konfigurasjonen på nytt. Den gamle nøkkelen verkar i 14 dagar til.</translation>
    </message>
    <message numerus="yes">
        <source>Reminder: the key expires in %n day(s); renew it in the portal now.</source>
        <translation>
            <numerusform>Påminning: nøkkelen går ut om %n dag; forny han i portalen no.</numerusform>
            <numerusform>Påminning: nøkkelen går ut om %n dagar; forny han i portalen no.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyPage</name>
    <message>
        <source>Making the key pair. RSA 4096 can take a few seconds…</source>
        <translation>Lagar nøkkelparet. RSA 4096 kan ta nokre sekund …</translation>
    </message>
    <message>
        <source>EC %1 with %2 (not confirmed by HelseID)</source>
        <translation>EC %1 med %2 (ikkje stadfesta av HelseID)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2 (recommended)</source>
        <translation>RSA %1 bit med %2 (tilrådd)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2</source>
        <translation>RSA %1 bit med %2</translation>
    </message>
    <message>
        <source>Make a &amp;new key pair</source>
        <translation>Lag eit &amp;nytt nøkkelpar</translation>
    </message>
    <message>
        <source>&amp;Make the key pair</source>
        <translation>&amp;Lag nøkkelparet</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(ikkje laga enno)</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain, once made.</source>
        <translation>I nøkkelringen på denne datamaskina, når det er laga.</translation>
    </message>
    <message>
        <source>In an encrypted file protected by your passphrase: %1</source>
        <translation>I ei kryptert fil verna av passordfrasen din: %1</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain (service «%1», entry «%2»). It never leaves this computer.</source>
        <translation>I nøkkelringen på denne datamaskina (teneste «%1», oppføring «%2»). Han forlèt aldri denne datamaskina.</translation>
    </message>
    <message>
        <source>HelseID has not confirmed that it accepts EC keys for client drafts. If registration is refused, go back and choose RSA.</source>
        <translation>HelseID har ikkje stadfesta at EC-nøklar vert godtekne for klientutkast. Om registreringa vert avvist, gå tilbake og vel RSA.</translation>
    </message>
    <message>
        <source>Every NHN tool makes RSA keys; RSA 4096 with PS256 is what NHN&apos;s own library uses.</source>
        <translation>Alle NHN-verktøy lagar RSA-nøklar; RSA 4096 med PS256 er det NHN sitt eige bibliotek brukar.</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Nøkkelpar</translation>
    </message>
    <message>
        <source>The client proves who it is with a private key that stays on this computer.</source>
        <translation>Klienten provar kven han er med ein privat nøkkel som vert verande på denne datamaskina.</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and keeps the private key before anything is sent to HelseID, so a key is never lost for a client that exists. HelseID only ever sees the public key.</source>
        <translation>Vegvisaren lagar eit nøkkelpar og tek vare på den private nøkkelen før noko vert sendt til HelseID, slik at ein nøkkel aldri går tapt for ein klient som finst. HelseID ser berre den offentlege nøkkelen.</translation>
    </message>
    <message>
        <source>Recommended: RSA 4096 bits with PS256, as NHN&apos;s own tools make.</source>
        <translation>Tilrådd: RSA 4096 bit med PS256, slik NHN sine eigne verktøy lagar.</translation>
    </message>
    <message>
        <source>A&amp;dvanced: another algorithm</source>
        <translation>A&amp;vansert: ein annan algoritme</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritme:</translation>
    </message>
    <message>
        <source>Use an &amp;encrypted file instead…</source>
        <translation>Bruk ei &amp;kryptert fil i staden …</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Nøkkel-ID:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Lagra:</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NetworkSettingsDialog</name>
    <message>
        <source>Choose the root certificate</source>
        <translation>Vel rotsertifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Nettverksinnstillingar</translation>
    </message>
    <message>
        <source>How the wizard reaches HelseID. Most computers use the system&apos;s settings; ask IT if your network needs a particular proxy.</source>
        <translation>Korleis vegvisaren når HelseID. Dei fleste datamaskiner brukar innstillingane til systemet; spør IT om nettverket ditt treng ein bestemd mellomtenar (proxy).</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Bruk &amp;systemet sine proxy-innstillingar</translation>
    </message>
    <message>
        <source>&amp;No proxy (direct connection)</source>
        <translation>&amp;Ingen proxy (direkte samband)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manuell proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>e.g. proxy.kommune.no</source>
        <translation>t.d. proxy.kommune.no</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-vert</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-port</translation>
    </message>
    <message>
        <source>Extra trusted root certificate</source>
        <translation>Ekstra klarert rotsertifikat</translation>
    </message>
    <message>
        <source>Only if IT says your network inspects encrypted traffic and its root certificate is not installed on this computer: choose that certificate (a PEM file). It is trusted in addition to the computer&apos;s own.</source>
        <translation>Berre dersom IT seier at nettverket inspiserer kryptert trafikk og rotsertifikatet ikkje er installert på denne datamaskina: vel det sertifikatet (ei PEM-fil). Det blir stolt på i tillegg til datamaskina sine eigne.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Extra root certificate file</source>
        <translation>Fil med ekstra rotsertifikat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Ve&amp;l …</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>%1 (valid until %2)
SHA-256 fingerprint: %3</source>
        <translation>%1 (gyldig til %2)
SHA-256-fingeravtrykk: %3</translation>
    </message>
    <message>
        <source>Trusted in addition to this computer&apos;s certificates. Compare the fingerprint with the one IT gave you:
%1</source>
        <translation>Vert klarert i tillegg til sertifikata på denne datamaskina. Samanlikn fingeravtrykket med det IT gav deg:
%1</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NoticeList</name>
    <message>
        <source>Notices (newest first)</source>
        <translation>Meldingar (nyaste først)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldingar</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), newest first</source>
        <translation>
            <numerusform>%n melding, nyaste først</numerusform>
            <numerusform>%n meldingar, nyaste først</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::OnboardingWizard</name>
    <message>
        <source>Practice mode is not available in this build. Choose the test environment.</source>
        <translation>Øvingsmodus er ikkje tilgjengeleg i denne versjonen. Vel testmiljøet.</translation>
    </message>
    <message>
        <source>The onboarding is waiting for someone to confirm or sign. You can close the wizard now and resume later: nothing is lost. Cancelling gives this onboarding up for good.</source>
        <translation>Tilkoplinga ventar på at nokon skal stadfeste eller signere. Du kan lukke vegvisaren no og halde fram seinare: ingenting går tapt. Avbryt du, gjev du opp denne tilkoplinga for godt.</translation>
    </message>
    <message>
        <source>Cancelling gives this onboarding up for good. You can also close the wizard and resume later from where you are now.</source>
        <translation>Avbryt du, gjev du opp denne tilkoplinga for godt. Du kan òg lukke vegvisaren og halde fram seinare der du er no.</translation>
    </message>
    <message>
        <source>Cancel the onboarding?</source>
        <translation>Avbryte tilkoplinga?</translation>
    </message>
    <message>
        <source>Cancel the onboarding</source>
        <translation>Avbryt tilkoplinga</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Lukk og hald fram seinare</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Hald fram med arbeidet</translation>
    </message>
    <message>
        <source>Remove the private key?</source>
        <translation>Fjerne den private nøkkelen?</translation>
    </message>
    <message>
        <source>The onboarding is cancelled. Remove its private key from the keychain too? Keep it only if someone will still finish this client in the portal.</source>
        <translation>Tilkoplinga er avbroten. Skal den private nøkkelen òg fjernast frå nøkkelringen? Behald han berre om nokon framleis skal fullføre denne klienten i portalen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Change the language now; nothing you entered is lost.</source>
        <translation>Byt språk no; ingenting du har skrive inn går tapt.</translation>
    </message>
    <message>
        <source>SFM onboarding with HelseID</source>
        <translation>SFM-tilkopling med HelseID</translation>
    </message>
    <message>
        <source>%1 – practice mode</source>
        <translation>%1 – øvingsmodus</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>SFM onboarding</source>
        <translation>SFM-tilkopling</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SFM onboarding&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sets up the HelseID client your journal system (EPJ) needs for SFM, and keeps its private key in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SFM-tilkopling&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Set opp HelseID-klienten som journalsystemet ditt (EPJ) treng for SFM, og tek vare på den private nøkkelen i nøkkelringen på denne datamaskina.&lt;/p&gt;&lt;p&gt;Fri programvare under MIT-lisensen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Om dette programmet</translation>
    </message>
    <message>
        <source>No vendor profile was found.</source>
        <translation>Fann ingen leverandørprofil.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OrganizationPage</name>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Undereining %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>Ei undereining kan ikkje ha same nummer som organisasjonen sjølv.</translation>
    </message>
    <message>
        <source>Organization and journal</source>
        <translation>Organisasjon og journal</translation>
    </message>
    <message>
        <source>Who the HelseID client is for.</source>
        <translation>Kven HelseID-klienten er for.</translation>
    </message>
    <message>
        <source>Each journal (SFM-id) needs its own HelseID client. Use the organization number of the legal entity that runs the journal.</source>
        <translation>Kvar journal (SFM-id) treng sin eigen HelseID-klient. Bruk organisasjonsnummeret til den juridiske eininga som driv journalen.</translation>
    </message>
    <message>
        <source>&amp;Organization number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>9 digits, e.g. 974760673</source>
        <translation>9 siffer, t.d. 974760673</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>&amp;Child units (optional):</source>
        <translation>&amp;Undereiningar (valfritt):</translation>
    </message>
    <message>
        <source>Child units</source>
        <translation>Undereiningar</translation>
    </message>
    <message>
        <source>Organization numbers separated by commas</source>
        <translation>Organisasjonsnummer skilde med komma</translation>
    </message>
    <message>
        <source>Only if the journal is used by child units (underenheter) that must be named in the client.</source>
        <translation>Berre om journalen vert brukt av undereiningar som må oppgjevast i klienten.</translation>
    </message>
    <message>
        <source>Your own name for it, e.g. «Helsehuset Nord»</source>
        <translation>Ditt eige namn på han, t.d. «Helsehuset Nord»</translation>
    </message>
    <message>
        <source>Name of the journal</source>
        <translation>Namn på journalen</translation>
    </message>
    <message>
        <source>Journal (SFM-id)</source>
        <translation>Journal (SFM-id)</translation>
    </message>
    <message>
        <source>A ne&amp;w journal (HelseID assigns its SFM-id)</source>
        <translation>Ein n&amp;y journal (HelseID tildeler SFM-id)</translation>
    </message>
    <message>
        <source>An e&amp;xisting journal: I will paste its SFM-id</source>
        <translation>Ein &amp;eksisterande journal: eg limer inn SFM-id-en</translation>
    </message>
    <message>
        <source>&amp;SFM-id:</source>
        <translation>&amp;SFM-id:</translation>
    </message>
    <message>
        <source>SFM-id of the existing journal</source>
        <translation>SFM-id for den eksisterande journalen</translation>
    </message>
    <message>
        <source>Several clients may point to the same journal. A pasted SFM-id stays pending until NHN approves it.</source>
        <translation>Fleire klientar kan peike på same journal. Ein innlimt SFM-id ventar til NHN godkjenner han.</translation>
    </message>
    <message>
        <source>Your vendor profile does not allow pointing a new client to an existing journal.</source>
        <translation>Leverandørprofilen din tillèt ikkje at ein ny klient peikar på ein eksisterande journal.</translation>
    </message>
    <message>
        <source>Name of the &amp;journal:</source>
        <translation>Namn på &amp;journalen:</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer (optional)</source>
        <translation>Den som stadfestar hos kunden (valfritt)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>t.d. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-postadressa til den som stadfestar hos kunden</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>Språ&amp;k i e-posten:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>Språket i programmet</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Språket i e-posten om stadfesting</translation>
    </message>
    <message>
        <source>Who confirms the client in the portal, if not you: the confirmation e-mail goes to this address, in this language. Kept on this computer only.</source>
        <translation>Den som stadfestar klienten i portalen, om det ikkje er deg: e-posten om stadfesting går til denne adressa, på dette språket. Vert berre lagra på denne datamaskina.</translation>
    </message>
    <message>
        <source>This onboarding was already sent to HelseID, so the organization and the journal cannot change now. Start a new onboarding on the first page to use other ones. The customer&apos;s confirmer below can still change: it is kept on this computer only.</source>
        <translation>Denne tilkoplinga er alt send til HelseID, så organisasjonen og journalen kan ikkje endrast no. Start ei ny tilkopling på den første sida for å bruke andre. Den som stadfestar hos kunden, nedanfor, kan framleis endrast: det vert berre lagra på denne datamaskina.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewActions</name>
    <message numerus="yes">
        <source>Checked %n onboarding(s); %1 in use elsewhere were left alone.</source>
        <translation>
            <numerusform>Sjekka %n tilkopling; %1 som er i bruk ein annan stad, vart ikkje rørte.</numerusform>
            <numerusform>Sjekka %n tilkoplingar; %1 som er i bruk ein annan stad, vart ikkje rørte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n onboarding(s).</source>
        <translation>
            <numerusform>Sjekka %n tilkopling.</numerusform>
            <numerusform>Sjekka %n tilkoplingar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n onboarding(s) in the background…</source>
        <translation>
            <numerusform>Sjekkar %n tilkopling i bakgrunnen …</numerusform>
            <numerusform>Sjekkar %n tilkoplingar i bakgrunnen …</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the chosen onboardings has a confirmation link yet.</source>
        <translation>Ingen av dei valde tilkoplingane har ei stadfestingslenkje enno.</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation text for %n customer(s) is copied.</source>
        <translation>
            <numerusform>Stadfestingsteksten for %n kunde er kopiert.</numerusform>
            <numerusform>Stadfestingstekstane for %n kundar er kopierte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) opened in the mail program.</source>
        <translation>
            <numerusform>%n e-post er opna i e-postprogrammet.</numerusform>
            <numerusform>%n e-postar er opna i e-postprogrammet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail could be opened (no confirmation link yet, or no mail program).</source>
        <translation>Ingen e-post kunne opnast (inga stadfestingslenkje enno, eller ikkje noko e-postprogram).</translation>
    </message>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Eksporter EPJ-konfigurasjonen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>The EPJ configuration is written to %1.</source>
        <translation>EPJ-konfigurasjonen er skriven til %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) moved to %1.</source>
        <translation>
            <numerusform>%n tilkopling er flytt til %1.</numerusform>
            <numerusform>%n tilkoplingar er flytte til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) deleted.</source>
        <translation>
            <numerusform>%n tilkopling er sletta.</numerusform>
            <numerusform>%n tilkoplingar er sletta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact of %1 is saved: no address (the mail program asks).</source>
        <translation>Kontakten for %1 er lagra: inga adresse (e-postprogrammet spør).</translation>
    </message>
    <message>
        <source>The confirmation e-mail for %1 goes to %2.</source>
        <translation>E-posten om stadfesting for %1 går til %2.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewDeleteQuestion</name>
    <message>
        <source>Delete the onboarding «%1»?</source>
        <translation>Slette tilkoplinga «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n onboarding(s)?</source>
        <translation>
            <numerusform>Slette %n tilkopling?</numerusform>
            <numerusform>Slette %n tilkoplingar?</numerusform>
        </translation>
    </message>
    <message>
        <source>• the onboarding file: %1</source>
        <translation>• tilkoplingsfila: %1</translation>
    </message>
    <message>
        <source>• the private key in this computer&apos;s keychain</source>
        <translation>• den private nøkkelen i nøkkelringen på denne datamaskina</translation>
    </message>
    <message>
        <source>• the encrypted key file: %1</source>
        <translation>• den krypterte nøkkelfila: %1</translation>
    </message>
    <message>
        <source>This removes from this computer:
%1</source>
        <translation>Dette vert fjerna frå denne datamaskina:
%1</translation>
    </message>
    <message>
        <source>The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be brought back.</source>
        <translation>Klienten i HelseID vert ikkje fjerna: ein EPJ som alt brukar han, held fram med å verke. Fjern han i Selvbetjening for HelseID dersom han òg skal bort. Ein sletta nøkkel kan ikkje hentast tilbake.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewFilterBar</name>
    <message>
        <source>Search:</source>
        <translation>Søk:</translation>
    </message>
    <message>
        <source>Journal, organization number, client ID…</source>
        <translation>Journal, organisasjonsnummer, klient-ID …</translation>
    </message>
    <message>
        <source>Search the onboardings</source>
        <translation>Søk i tilkoplingane</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation>Filtrer på miljø</translation>
    </message>
    <message>
        <source>All onboardings</source>
        <translation>Alle tilkoplingar</translation>
    </message>
    <message>
        <source>Needs me</source>
        <translation>Treng meg</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Ventar på kunden</translation>
    </message>
    <message>
        <source>Key expires within 30 days</source>
        <translation>Nøkkelen går ut innan 30 dagar</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle miljø</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewModel</name>
    <message>
        <source>Practice</source>
        <translation>Øving</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigendefinert</translation>
    </message>
    <message>
        <source>1 – API</source>
        <translation>1 – API</translation>
    </message>
    <message>
        <source>2 – Package</source>
        <translation>2 – Pakke</translation>
    </message>
    <message>
        <source>3 – Manual</source>
        <translation>3 – Manuell</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>⚠ Expired %1</source>
        <translation>⚠ Gjekk ut %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag att</numerusform>
            <numerusform>%n dagar att</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Onboarding %1</source>
        <translation>Tilkopling %1</translation>
    </message>
    <message>
        <source>Onboarding %1, client ID %2</source>
        <translation>Tilkopling %1, klient-ID %2</translation>
    </message>
    <message>
        <source>The key expires %1.</source>
        <translation>Nøkkelen går ut %1.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ventar på</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sidan</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen går ut</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Siste sjekk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>When the key expires is not known yet.</source>
        <translation>Når nøkkelen går ut, er ikkje kjent enno.</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewWindow</name>
    <message>
        <source>Onboardings</source>
        <translation>Tilkoplingar</translation>
    </message>
    <message>
        <source>New onboarding…</source>
        <translation>Ny tilkopling …</translation>
    </message>
    <message>
        <source>New onboarding</source>
        <translation>Ny tilkopling</translation>
    </message>
    <message>
        <source>Start the wizard for a new journal (%1)</source>
        <translation>Start vegvisaren for ein ny journal (%1)</translation>
    </message>
    <message>
        <source>One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection.</source>
        <translation>Éi rad per tilkopling. Enter opnar ho; menytasten viser kva du kan gjere med utvalet.</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Filer som ikkje kunne lesast</translation>
    </message>
    <message>
        <source>Number of onboardings shown</source>
        <translation>Talet på tilkoplingar som er viste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Sjekk no</translation>
    </message>
    <message>
        <source>Copy confirmation link</source>
        <translation>Kopier stadfestingslenkje</translation>
    </message>
    <message>
        <source>E-mail confirmation link…</source>
        <translation>Send stadfestingslenkje på e-post …</translation>
    </message>
    <message>
        <source>Export configuration…</source>
        <translation>Eksporter konfigurasjon …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <source>Resume the selected onboarding in the wizard</source>
        <translation>Hald fram med den valde tilkoplinga i vegvisaren</translation>
    </message>
    <message>
        <source>Ask HelseID now whether the selected onboardings are confirmed and ready</source>
        <translation>Spør HelseID no om dei valde tilkoplingane er stadfesta og klare</translation>
    </message>
    <message>
        <source>Copy the confirmation links of the selected onboardings</source>
        <translation>Kopier stadfestingslenkjene til dei valde tilkoplingane</translation>
    </message>
    <message>
        <source>Write an e-mail to each customer with their confirmation links, in the customer&apos;s language</source>
        <translation>Skriv ein e-post til kvar kunde med stadfestingslenkjene deira, på språket til kunden</translation>
    </message>
    <message>
        <source>Write the EPJ configuration of the selected ready onboardings</source>
        <translation>Skriv EPJ-konfigurasjonen for dei valde klare tilkoplingane</translation>
    </message>
    <message>
        <source>Move the selected onboardings out of the list (their files go to the archive folder)</source>
        <translation>Flytt dei valde tilkoplingane ut av lista (filene vert flytte til arkivmappa)</translation>
    </message>
    <message>
        <source>Delete the selected onboardings from this computer</source>
        <translation>Slett dei valde tilkoplingane frå denne datamaskina</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s)</source>
        <translation>
            <numerusform>%n tilkopling</numerusform>
            <numerusform>%n tilkoplingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n onboarding(s)</source>
        <translation>
            <numerusform>Viser %1 av %n tilkopling</numerusform>
            <numerusform>Viser %1 av %n tilkoplingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the onboarding folder could not be read:</source>
        <translation>
            <numerusform>%n fil i tilkoplingsmappa kunne ikkje lesast:</numerusform>
            <numerusform>%n filer i tilkoplingsmappa kunne ikkje lesast:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete onboarding</source>
        <translation>Slett tilkopling</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Endre kontakt …</translation>
    </message>
    <message>
        <source>Change whom the confirmation e-mail of the selected onboarding goes to, and its language</source>
        <translation>Endre kven e-posten om stadfesting for den valde tilkoplinga går til, og språket i han</translation>
    </message>
</context>
<context>
    <name>sfm::ui::PassphraseDialog</name>
    <message>
        <source>Protect the key with a passphrase</source>
        <translation>Vern nøkkelen med ein passordfrase</translation>
    </message>
    <message>
        <source>No keychain answered, so the private key will be kept in a file encrypted with a passphrase you choose. Anyone who has both the file and the passphrase can use the key. Keep the passphrase somewhere safe: without it the key cannot be used and the client needs a new key.</source>
        <translation>Ingen nøkkelring svarte, så den private nøkkelen vert lagra i ei fil kryptert med ein passordfrase du vel. Alle som har både fila og passordfrasen, kan bruke nøkkelen. Ta vare på passordfrasen på ein trygg stad: utan han kan ikkje nøkkelen brukast, og klienten treng ein ny nøkkel.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Bruk minst %1 teikn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::PracticeBanner</name>
    <message>
        <source>Practice mode</source>
        <translation>Øvingsmodus</translation>
    </message>
    <message>
        <source>Practice mode: the built-in simulator stands in for HelseID. Nothing is sent to HelseID and the client made here cannot be used.</source>
        <translation>Øvingsmodus: den innebygde simulatoren etterliknar HelseID. Ingenting vert sendt til HelseID, og klienten som vert laga her, kan ikkje brukast.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ScopeChangePanel</name>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>Asks HelseID for the scope %1. The agreement documents may have to be signed again before it works.</source>
        <translation>Ber HelseID om tilgangen %1. Avtaledokumenta må kanskje signerast på nytt før han verkar.</translation>
    </message>
    <message>
        <source>Waiting for HelseID to grant the changed scopes:</source>
        <translation>Ventar på at HelseID gjev dei endra tilgangane:</translation>
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
        <translation>S&amp;jekk no</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ScopesPage</name>
    <message>
        <source>Sending the client draft to HelseID…</source>
        <translation>Sender klientutkastet til HelseID …</translation>
    </message>
    <message>
        <source>Scopes (API access)</source>
        <translation>Tilgangar (API-tilgang)</translation>
    </message>
    <message>
        <source>What the client may use. Then the wizard sends the client draft to HelseID.</source>
        <translation>Kva klienten får bruke. Deretter sender vegvisaren klientutkastet til HelseID.</translation>
    </message>
    <message>
        <source>Your vendor&apos;s Klientmal (client template) offers these scopes. «Forhåndsvalgt» (preselected) ones are checked; «Tilgjengelig» (available) ones are yours to choose.</source>
        <translation>Klientmalen til leverandøren tilbyr desse tilgangane. «Forhåndsvalgt» (førehandsvald) er kryssa av; «Tilgjengelig» (tilgjengeleg) vel du sjølv.</translation>
    </message>
    <message>
        <source>Forhåndsvalgt (preselected)</source>
        <translation>Forhåndsvalgt (førehandsvald)</translation>
    </message>
    <message>
        <source>Tilgjengelig (available)</source>
        <translation>Tilgjengelig (tilgjengeleg)</translation>
    </message>
    <message>
        <source>always included: the wizard reads the client&apos;s status with it</source>
        <translation>alltid med: vegvisaren les statusen til klienten med denne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When you press Next, the client draft is sent with the public key. Nothing can be used until someone confirms it in the portal — the next page helps you with that.</source>
        <translation>Når du trykkjer Neste, vert klientutkastet sendt med den offentlege nøkkelen. Ingenting kan brukast før nokon stadfestar det i portalen – neste side hjelper deg med det.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::TestLoginPanel</name>
    <message>
        <source>(not in the token)</source>
        <translation>(ikkje i tokenet)</translation>
    </message>
    <message>
        <source>SFM will accept this token.</source>
        <translation>SFM vil godta dette tokenet.</translation>
    </message>
    <message>
        <source>What SFM will see:</source>
        <translation>Dette vil SFM sjå:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>HPR number:</source>
        <translation>HPR-nummer:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>Tryggleiksnivå:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>%1, child unit %2</source>
        <translation>%1, undereining %2</translation>
    </message>
    <message>
        <source>SFM-id:</source>
        <translation>SFM-id:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Tilgangar:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n minute(s)</source>
        <translation>
            <numerusform>%1, gyldig i %n minutt</numerusform>
            <numerusform>%1, gyldig i %n minutt</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT). The ID token says:</source>
        <translation>Tilgangstokenet er ugjennomsiktig (ikkje ein JWT). ID-tokenet seier:</translation>
    </message>
    <message>
        <source>Prove that the journal system can call SFM: log in as a prescriber with this client and see what SFM will see. In TEST a synthetic test person logs in; nothing is stored but the result.</source>
        <translation>Prov at journalsystemet kan kalle SFM: logg inn som forskrivar med denne klienten, og sjå kva SFM vil sjå. I TEST loggar ein syntetisk testperson inn; ingenting blir lagra utanom resultatet.</translation>
    </message>
    <message>
        <source>Test &amp;login as a prescriber</source>
        <translation>Test&amp;innlogging som forskrivar</translation>
    </message>
    <message>
        <source>Opens the HelseID login in your browser. The token itself is not shown.</source>
        <translation>Opnar innlogginga til HelseID i nettlesaren. Sjølve tokenet blir ikkje vist.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljar</translation>
    </message>
    <message>
        <source>Claims of the test login&apos;s token</source>
        <translation>Claims i tokenet frå testinnlogginga</translation>
    </message>
</context>
<context>
    <name>sfm::ui::VendorProfilePanel</name>
    <message>
        <source>beside the program</source>
        <translation>ved sida av programmet</translation>
    </message>
    <message>
        <source>the system folder</source>
        <translation>systemmappa</translation>
    </message>
    <message>
        <source>your own settings folder</source>
        <translation>di eiga innstillingsmappe</translation>
    </message>
    <message>
        <source>Vendor profile</source>
        <translation>Leverandørprofil</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>The built-in practice profile, used only in practice mode.</source>
        <translation>Den innebygde øvingsprofilen, som berre vert brukt i øvingsmodus.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fil: %1 (%2)</translation>
    </message>
    <message>
        <source>It has an API key for this environment, so Alternative 1 (automatic) is possible.</source>
        <translation>Han har ein API-nøkkel for dette miljøet, så alternativ 1 (automatisk) er mogleg.</translation>
    </message>
    <message>
        <source>It has no API key for this environment: use Alternative 2 or 3.</source>
        <translation>Han har ingen API-nøkkel for dette miljøet: bruk alternativ 2 eller 3.</translation>
    </message>
    <message>
        <source>C&amp;hoose another profile file…</source>
        <translation>V&amp;el ei anna profilfil …</translation>
    </message>
    <message>
        <source>No vendor profile was found.</source>
        <translation>Fann ingen leverandørprofil.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>Leverandørprofilen kan ikkje brukast.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose a profile file…</source>
        <translation>V&amp;el ei profilfil …</translation>
    </message>
    <message>
        <source>Choose the vendor profile</source>
        <translation>Vel leverandørprofilen</translation>
    </message>
    <message>
        <source>Vendor profiles (*.json);;All files (*)</source>
        <translation>Leverandørprofilar (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Until then, Alternative 1 (automatic) and the package link are not available; you can still import the portal&apos;s file (Alternatives 2 and 3).</source>
        <translation>Til då er alternativ 1 (automatisk) og pakkelenkja ikkje tilgjengelege; du kan framleis importere fila frå portalen (alternativ 2 og 3).</translation>
    </message>
    <message>
        <source>The folders looked in:</source>
        <translation>Mappene programmet såg i:</translation>
    </message>
    <message>
        <source>Show the folders looked in</source>
        <translation>Vis mappene programmet såg i</translation>
    </message>
    <message>
        <source>The vendor profile is a small .json file from your EPJ vendor. Ask the vendor for it, then put it in one of the folders below or choose it here.</source>
        <translation>Leverandørprofilen er ei lita .json-fil frå EPJ-leverandøren. Be leverandøren om han, og legg han i ei av mappene nedanfor eller vel han her.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WaitingPage</name>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ventar</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>endring ventar</translation>
    </message>
    <message>
        <source>not granted yet</source>
        <translation>ikkje gjeve enno</translation>
    </message>
    <message>
        <source>SFM-id</source>
        <translation>SFM-id</translation>
    </message>
    <message>
        <source>(no answer from HelseID yet)</source>
        <translation>(ikkje noko svar frå HelseID enno)</translation>
    </message>
    <message>
        <source>SFM-id: not known yet; HelseID assigns it.</source>
        <translation>SFM-id: ikkje kjend enno; HelseID tildeler han.</translation>
    </message>
    <message>
        <source>SFM-id: %1</source>
        <translation>SFM-id: %1</translation>
    </message>
    <message>
        <source>The client is ready.</source>
        <translation>Klienten er klar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sjekkar …</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>Ny sjekk om %n s.</numerusform>
            <numerusform>Ny sjekk om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Press «Check now» to try again.</source>
        <translation>Stoppa. Trykk «Sjekk no» for å prøve igjen.</translation>
    </message>
    <message>
        <source>The HelseID client is ready</source>
        <translation>HelseID-klienten er klar</translation>
    </message>
    <message>
        <source>Every scope is granted. Export the configuration for your journal system.</source>
        <translation>Alle tilgangar er gjevne. Eksporter konfigurasjonen til journalsystemet ditt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Ventar på signering og tilgang</translation>
    </message>
    <message>
        <source>HelseID grants each scope when the agreement documents are signed.</source>
        <translation>HelseID gjev kvar tilgang når avtaledokumenta er signerte.</translation>
    </message>
    <message>
        <source>The organization must sign the agreement documents in the portal. HelseID&apos;s own explanation of each status is shown as HelseID wrote it.</source>
        <translation>Verksemda må signere avtaledokumenta i portalen. HelseID si eiga forklaring på kvar status vert vist slik HelseID skreiv ho.</translation>
    </message>
    <message>
        <source>Status of each scope and claim</source>
        <translation>Status for kvar tilgang og claim</translation>
    </message>
    <message>
        <source>Scope or claim</source>
        <translation>Tilgang eller claim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HelseID says</source>
        <translation>HelseID seier</translation>
    </message>
    <message>
        <source>This can take days. You can close the window: the onboarding is saved, and you resume it from the first page. The wizard checks by itself while it is open.</source>
        <translation>Dette kan ta dagar. Du kan lukke vindauget: tilkoplinga er lagra, og du held fram med ho frå første sida. Vegvisaren sjekkar sjølv så lenge han er open.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>S&amp;jekk no</translation>
    </message>
    <message>
        <source>only the portal shows it</source>
        <translation>berre portalen viser det</translation>
    </message>
    <message>
        <source>The documents are &amp;signed (I checked in the portal)</source>
        <translation>Dokumenta er &amp;signerte (eg har sjekka i portalen)</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WelcomePage</name>
    <message>
        <source>Use production?</source>
        <translation>Bruke produksjon?</translation>
    </message>
    <message>
        <source>In production you create a real HelseID client for your organization, and someone with the right to do so must confirm it and sign the agreement documents. Use the test environment or practice mode to try things out first.

Continue in production?</source>
        <translation>I produksjon lagar du ein ekte HelseID-klient for organisasjonen din, og nokon med rett til det må stadfeste han og signere avtaledokumenta. Bruk testmiljøet eller øvingsmodus for å prøve deg fram først.

Halde fram i produksjon?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Sist endra %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkomen</translation>
    </message>
    <message>
        <source>Set up a HelseID client so your journal system (EPJ) can use SFM.</source>
        <translation>Set opp ein HelseID-klient slik at journalsystemet ditt (EPJ) kan bruke SFM.</translation>
    </message>
    <message>
        <source>This wizard makes a HelseID client for one journal of your organization, keeps its private key in this computer&apos;s keychain, waits until the client is confirmed and the agreement documents are signed, and hands your journal system a configuration it can use. You can close it at any time and resume later.</source>
        <translation>Denne vegvisaren lagar ein HelseID-klient for éin journal i organisasjonen din, tek vare på den private nøkkelen i nøkkelringen på denne datamaskina, ventar til klienten er stadfesta og avtaledokumenta er signerte, og gjev journalsystemet ditt ein konfigurasjon det kan bruke. Du kan lukke han når som helst og halde fram seinare.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>&amp;Practice mode</source>
        <translation>Ø&amp;vingsmodus</translation>
    </message>
    <message>
        <source>&amp;Test environment (TEST)</source>
        <translation>Test&amp;miljø (TEST)</translation>
    </message>
    <message>
        <source>Practice mode uses a simulator built into this program: nothing is sent to HelseID. New here? Try the whole way there first; it takes a few minutes.</source>
        <translation>Øvingsmodus brukar ein simulator som er bygd inn i dette programmet: ingenting vert sendt til HelseID. Ny her? Prøv heile vegen der først; det tek nokre minutt.</translation>
    </message>
    <message>
        <source>Practice mode is not part of this installation.</source>
        <translation>Øvingsmodus er ikkje ein del av denne installasjonen.</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Start eller hald fram</translation>
    </message>
    <message>
        <source>&amp;Resume an unfinished onboarding:</source>
        <translation>&amp;Hald fram med ei uferdig tilkopling:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Unfinished onboardings</source>
        <translation>Uferdige tilkoplingar</translation>
    </message>
    <message>
        <source>There are no unfinished onboardings on this computer.</source>
        <translation>Det finst ingen uferdige tilkoplingar på denne datamaskina.</translation>
    </message>
    <message>
        <source>Pro&amp;duction (PROD)</source>
        <translation>P&amp;roduksjon (PROD)</translation>
    </message>
    <message>
        <source>&amp;Start a new onboarding</source>
        <translation>Start ei n&amp;y tilkopling</translation>
    </message>
    <message>
        <source>N&amp;etwork settings…</source>
        <translation>Nettverks&amp;innstillingar …</translation>
    </message>
    <message>
        <source>The proxy, and an extra root certificate, if your network needs them.</source>
        <translation>Proxy og eit ekstra rotsertifikat, om nettverket ditt treng dei.</translation>
    </message>
    <message>
        <source>%1 — in use by %2</source>
        <translation>%1 — i bruk av %2</translation>
    </message>
    <message>
        <source>Another program works this onboarding. Finish or close it there first.</source>
        <translation>Eit anna program arbeider med denne tilkoplinga. Fullfør eller lukk ho der først.</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen går ut</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>gått ut %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n dag)</numerusform>
            <numerusform>%1 (%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew this one in the portal before %1: the client cannot renew its key itself.</source>
        <translation>Forny denne i portalen før %1: klienten kan ikkje fornye nøkkelen sjølv.</translation>
    </message>
    <message>
        <source>Renewed through HelseID&apos;s API (Renew key now, or sfmctl renew).</source>
        <translation>Vert fornya gjennom API-et til HelseID («Forny nøkkelen no», eller sfmctl renew).</translation>
    </message>
</context>
<context>
    <name>sfm::ui::WizardPage</name>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
</context>
<context>
    <name>sfmctl</name>
    <message>
        <source>Password (from the SMS): </source>
        <translation>Passord (frå SMS-en): </translation>
    </message>
    <message>
        <source>Usage: %1   (--help for more)</source>
        <translation>Bruk: %1   (--help for meir)</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bit</translation>
    </message>
    <message>
        <source>EC, %1</source>
        <translation>EC, %1</translation>
    </message>
    <message>
        <source>Client ID:   %1</source>
        <translation>Klient-ID:   %1</translation>
    </message>
    <message>
        <source>Client name: %1</source>
        <translation>Klientnamn:  %1</translation>
    </message>
    <message>
        <source>HelseID:     %1</source>
        <translation>HelseID:     %1</translation>
    </message>
    <message>
        <source>Key:         %1, key ID (kid) %2</source>
        <translation>Nøkkel:      %1, nøkkel-ID (kid) %2</translation>
    </message>
    <message>
        <source>Thumbprint:  %1</source>
        <translation>Tommelavtrykk: %1</translation>
    </message>
    <message>
        <source>Scopes:      %1</source>
        <translation>Tilgangar:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Key renewal: %1</source>
        <translation>Fornying av nøkkel: %1</translation>
    </message>
    <message>
        <source>automatic through the self-service API is possible</source>
        <translation>automatisk via API-et til Selvbetjening er mogleg</translation>
    </message>
    <message>
        <source>in the portal only</source>
        <translation>berre i portalen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>The zip or JSON file from the portal.</source>
        <translation>Zip- eller JSON-fila frå portalen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Oppgje nøyaktig éi fil å importere.</translation>
    </message>
    <message>
        <source>--issuer needs an address such as https://helseid-sts.test.nhn.no.</source>
        <translation>--issuer treng ei adresse som https://helseid-sts.test.nhn.no.</translation>
    </message>
    <message>
        <source>--issuer does not belong to --environment %1.</source>
        <translation>--issuer høyrer ikkje til --environment %1.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Oppgje passordet med --password-stdin.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 3 a file or value given could not be read or is invalid.</source>
        <translation>Avslutningskodar: 0 ok, 1 feil, 2 feil argument, 3 ei fil eller ein verdi som vart oppgjeven kunne ikkje lesast eller er ugyldig.</translation>
    </message>
    <message>
        <source>The key file %1 could not be opened. Check the path and that you may read it.</source>
        <translation>Nøkkelfila %1 kunne ikkje opnast. Sjekk stien og at du har lesetilgang.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file (JWK). Check that you chose the right file.</source>
        <translation>%1 er for stor til å vere ei nøkkelfil (JWK). Sjekk at du valde rett fil.</translation>
    </message>
    <message>
        <source>%1 holds only a public key; signing needs the private key file.</source>
        <translation>%1 inneheld berre ein offentleg nøkkel; signering krev fila med den private nøkkelen.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged. Choose another name or move the old file away first.</source>
        <translation>%1 finst alt; ho vart ikkje endra. Vel eit anna namn eller flytt den gamle fila først.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that the folder exists and that you may write there.</source>
        <translation>%1 kunne ikkje opprettast. Sjekk at mappa finst og at du har skrivetilgang der.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?). Nothing was kept.</source>
        <translation>Skriving av %1 mislukkast (er disken full?). Ingenting vart halde på.</translation>
    </message>
    <message>
        <source>Signing algorithm the key is for: %1. Default: PS256 (RSA), as NHN&apos;s own tools. HelseID&apos;s support for EC keys in client drafts is not confirmed: prefer RSA.</source>
        <translation>Signeringsalgoritmen nøkkelen er for: %1. Standard: PS256 (RSA), som NHN sine eigne verktøy. Støtta i HelseID for EC-nøklar i klientutkast er ikkje stadfesta: føretrekk RSA.</translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096. Default: 4096.</source>
        <translation>Storleik på RSA-nøkkel: 2048, 3072 eller 4096. Standard: 4096.</translation>
    </message>
    <message>
        <source>Where to write the private key (JWK). The file is created readable only by you and is never overwritten.</source>
        <translation>Kvar den private nøkkelen (JWK) skal skrivast. Fila vert laga slik at berre du kan lese ho, og vert aldri skriven over.</translation>
    </message>
    <message>
        <source>Also write the public key (JWK, with kid, use and alg) here.</source>
        <translation>Skriv òg den offentlege nøkkelen (JWK, med kid, use og alg) hit.</translation>
    </message>
    <message>
        <source>Makes a new key pair and writes it as JWK files. Prints the key id (kid, the RFC 7638 thumbprint) on stdout.</source>
        <translation>Lagar eit nytt nøkkelpar og skriv det som JWK-filer. Skriv nøkkel-ID-en (kid, RFC 7638-tommelavtrykket) på standard ut.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventa argument: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukjend algoritme «%1». Bruk ein av: %2.</translation>
    </message>
    <message>
        <source>--bits is for RSA keys only; %1 uses a fixed curve.</source>
        <translation>--bits er berre for RSA-nøklar; %1 brukar ei fast kurve.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits må vere 2048, 3072 eller 4096.</translation>
    </message>
    <message>
        <source>Say where to write the private key with --out FILE.</source>
        <translation>Oppgje kvar den private nøkkelen skal skrivast med --out FIL.</translation>
    </message>
    <message>
        <source>Making an RSA key of %1 bits… (this can take a few seconds)</source>
        <translation>Lagar ein RSA-nøkkel på %1 bit … (dette kan ta nokre sekund)</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable only by you). Keep it secret: whoever has it can act as your HelseID client.</source>
        <translation>Privat nøkkel skriven til %1 (berre lesbar for deg). Hald han løynd: den som har han, kan opptre som HelseID-klienten din.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Offentleg nøkkel skriven til %1.</translation>
    </message>
    <message>
        <source>A key file (JWK), public or private.</source>
        <translation>Ei nøkkelfil (JWK), offentleg eller privat.</translation>
    </message>
    <message>
        <source>Prints the key id (kid) of a key: its RFC 7638 SHA-256 thumbprint, base64url, as NHN&apos;s tools compute it.</source>
        <translation>Skriv nøkkel-ID-en (kid) til ein nøkkel: RFC 7638 SHA-256-tommelavtrykket, base64url, slik NHN sine verktøy reknar det ut.</translation>
    </message>
    <message>
        <source>Give exactly one key file.</source>
        <translation>Oppgje nøyaktig éi nøkkelfil.</translation>
    </message>
    <message>
        <source>%1 does not fit this key (RSA keys: RS*/PS*; EC keys: the ES* of their curve).</source>
        <translation>%1 passar ikkje til denne nøkkelen (RSA-nøklar: RS*/PS*; EC-nøklar: ES* for kurva).</translation>
    </message>
    <message>
        <source>Signing algorithm. Default: the key file&apos;s &quot;alg&quot;; without one, PS256 for RSA keys and the curve&apos;s ES* for EC keys.</source>
        <translation>Signeringsalgoritme. Standard: «alg» i nøkkelfila; utan han PS256 for RSA-nøklar og ES* for kurva for EC-nøklar.</translation>
    </message>
    <message>
        <source>Unknown key command: %1</source>
        <translation>Ukjend nøkkelkommando: %1</translation>
    </message>
    <message>
        <source>Usage: sfmctl key generate [--alg ALG] [--bits BITS] --out FILE [--public-out FILE]</source>
        <translation>Bruk: sfmctl key generate [--alg ALG] [--bits BITS] --out FIL [--public-out FIL]</translation>
    </message>
    <message>
        <source>       sfmctl key thumbprint FILE</source>
        <translation>      sfmctl key thumbprint FIL</translation>
    </message>
    <message>
        <source>Each has --help.</source>
        <translation>Kvar har --help.</translation>
    </message>
    <message>
        <source>The client&apos;s private key file (JWK).</source>
        <translation>Den private nøkkelfila til klienten (JWK).</translation>
    </message>
    <message>
        <source>The client id HelseID gave the client.</source>
        <translation>Klient-ID-en HelseID gav klienten.</translation>
    </message>
    <message>
        <source>The HelseID issuer, e.g. https://helseid-sts.test.nhn.no</source>
        <translation>HelseID-utferdaren, t.d. https://helseid-sts.test.nhn.no</translation>
    </message>
    <message>
        <source>Organization number of a child unit to act for (assertion_details).</source>
        <translation>Organisasjonsnummeret til ei undereining det skal opptrest for (assertion_details).</translation>
    </message>
    <message>
        <source>Key id for the header. Default: the key&apos;s thumbprint.</source>
        <translation>Nøkkel-ID for headeren. Standard: tommelavtrykket til nøkkelen.</translation>
    </message>
    <message>
        <source>Prints a fresh client assertion (private_key_jwt, valid 60 seconds) on the last line of stdout.</source>
        <translation>Skriv ein ny klientpåstand (private_key_jwt, gyldig i 60 sekund) på siste linja av standard ut.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 er påkravd.</translation>
    </message>
    <message>
        <source>HTTP method of the request, e.g. POST.</source>
        <translation>HTTP-metoden til førespurnaden, t.d. POST.</translation>
    </message>
    <message>
        <source>Full address of the request; query and fragment are left out of the proof.</source>
        <translation>Heile adressa til førespurnaden; spørjing og fragment vert utelatne frå provet.</translation>
    </message>
    <message>
        <source>The server&apos;s DPoP-Nonce, when it asked for one.</source>
        <translation>DPoP-Nonce-en til tenaren, når han bad om ein.</translation>
    </message>
    <message>
        <source>The access token the request carries (sets ath). &quot;-&quot; reads it from stdin, which keeps it out of the process list.</source>
        <translation>Tilgangstokenet førespurnaden har med seg (set ath). «-» les det frå standard inn, slik at det vert halde utanfor prosesslista.</translation>
    </message>
    <message>
        <source>Prints a DPoP proof (RFC 9449) for one request on the last line of stdout.</source>
        <translation>Skriv eit DPoP-prov (RFC 9449) for éin førespurnad på siste linja av standard ut.</translation>
    </message>
    <message>
        <source>The access token is empty or too large.</source>
        <translation>Tilgangstokenet er tomt eller for stort.</translation>
    </message>
    <message>
        <source>demo (the simulator), test, prod or custom.</source>
        <translation>demo (simulatoren), test, prod eller custom.</translation>
    </message>
    <message>
        <source>Demo: the simulator&apos;s address (its issuer), e.g. http://127.0.0.1:8443.</source>
        <translation>Demo: adressa til simulatoren (issuer), t.d. http://127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>Demo: the JSON line the simulator printed on start (or @FILE).</source>
        <translation>Demo: JSON-linja simulatoren skreiv ut ved start (eller @FIL).</translation>
    </message>
    <message>
        <source>Custom: the HelseID issuer.</source>
        <translation>Custom: HelseID-utferdaren.</translation>
    </message>
    <message>
        <source>Custom: the self-service API.</source>
        <translation>Custom: API-et til Selvbetjening.</translation>
    </message>
    <message>
        <source>Custom: the self-service portal.</source>
        <translation>Custom: portalen Selvbetjening.</translation>
    </message>
    <message>
        <source>The EPJ vendor&apos;s profile (Klientmal API key, scopes). Demo uses the built-in one.</source>
        <translation>Profilen til EPJ-leverandøren (API-nøkkelen til klientmalen, tilgangar). Demo brukar den innebygde.</translation>
    </message>
    <message>
        <source>Read the Klientmal&apos;s API key from stdin instead of the profile (also: environment variable SFM_API_KEY).</source>
        <translation>Les API-nøkkelen til klientmalen frå standard inn i staden for frå profilen (òg: miljøvariabelen SFM_API_KEY).</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for someone to confirm or sign.</source>
        <translation>Stopp (avslutningskode 7) når tilkoplinga ventar på at nokon skal stadfeste eller signere.</translation>
    </message>
    <message>
        <source>Stop waiting after this long (e.g. 14d, 36h, 90m); default 14d.</source>
        <translation>Slutt å vente etter så lang tid (t.d. 14d, 36h, 90m); standard 14d.</translation>
    </message>
    <message>
        <source>Stop (exit 7) once this step is reached, e.g. key-ready: make and store the key now, register later.</source>
        <translation>Stopp (avslutningskode 7) når dette steget er nådd, t.d. key-ready: lag og lagre nøkkelen no, registrer seinare.</translation>
    </message>
    <message>
        <source>When ready, write the EPJ configuration to this file.</source>
        <translation>Skriv EPJ-konfigurasjonen til denne fila når klienten er klar.</translation>
    </message>
    <message>
        <source>Seconds before the first status check (default 5).</source>
        <translation>Sekund før første statussjekk (standard 5).</translation>
    </message>
    <message>
        <source>Longest pause between status checks (default 60).</source>
        <translation>Lengste pause mellom statussjekkar (standard 60).</translation>
    </message>
    <message>
        <source>Seconds to wait after the portal&apos;s confirmation before the first check (HelseID&apos;s cache; default 15).</source>
        <translation>Sekund å vente etter stadfestinga i portalen før første sjekk (mellomlageret til HelseID; standard 15).</translation>
    </message>
    <message>
        <source>Do not open a local port for the portal&apos;s redirect; notice the confirmation by checking only.</source>
        <translation>Ikkje opne ein lokal port for vidaresendinga frå portalen; merk stadfestinga berre ved å sjekke.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Kunne ikkje lese %1.</translation>
    </message>
    <message>
        <source>The demo environment needs the simulator: start it with «sfmctl sim» and give its address with --sim-url or its start line with --sim-info.</source>
        <translation>Demomiljøet treng simulatoren: start han med «sfmctl sim» og oppgje adressa med --sim-url eller startlinja med --sim-info.</translation>
    </message>
    <message>
        <source>The simulator&apos;s addresses could not be read. Give --sim-url http://127.0.0.1:PORT.</source>
        <translation>Adressene til simulatoren kunne ikkje lesast. Oppgje --sim-url http://127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>A custom environment needs --issuer, --api and --portal.</source>
        <translation>Eit eigendefinert miljø treng --issuer, --api og --portal.</translation>
    </message>
    <message>
        <source>Unknown environment «%1»: use demo, test, prod or custom.</source>
        <translation>Ukjent miljø «%1»: bruk demo, test, prod eller custom.</translation>
    </message>
    <message>
        <source>Could not read the deadline «%1»: write e.g. 14d, 36h or 90m.</source>
        <translation>Kunne ikkje lese fristen «%1»: skriv t.d. 14d, 36h eller 90m.</translation>
    </message>
    <message>
        <source>Give the polling times in whole seconds (1–3600).</source>
        <translation>Oppgje tidene for statussjekk i heile sekund (1–3600).</translation>
    </message>
    <message>
        <source>Unknown step «%1» for --stop-after: use key-ready, awaiting-confirmation or awaiting-access.</source>
        <translation>Ukjent steg «%1» for --stop-after: bruk key-ready, awaiting-confirmation eller awaiting-access.</translation>
    </message>
    <message>
        <source>The organization number (9 digits).</source>
        <translation>Organisasjonsnummeret (9 siffer).</translation>
    </message>
    <message>
        <source>A child unit&apos;s organization number (repeat for more).</source>
        <translation>Organisasjonsnummeret til ei undereining (gjenta for fleire).</translation>
    </message>
    <message>
        <source>An existing journal&apos;s SFM-id (leave out for a new journal: HelseID assigns one).</source>
        <translation>SFM-id-en til ein eksisterande journal (utelat for ein ny journal: HelseID tildeler ein).</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists.</source>
        <translation>Namnet ditt på journalen, for lister.</translation>
    </message>
    <message>
        <source>A scope to ask for (repeat for more); default: the profile&apos;s preselected scopes.</source>
        <translation>Ein tilgang det skal bedast om (gjenta for fleire); standard: dei førehandsvalde tilgangane i profilen.</translation>
    </message>
    <message>
        <source>Key algorithm (default PS256 with RSA 4096; ES256 etc. are not confirmed by HelseID).</source>
        <translation>Nøkkelalgoritme (standard PS256 med RSA 4096; ES256 osb. er ikkje stadfesta av HelseID).</translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation>Storleik på RSA-nøkkel (standard 4096).</translation>
    </message>
    <message>
        <source>Onboards one journal with Alternative 1: makes the key, keeps it in the keychain, registers the client draft, waits for confirmation and signing.</source>
        <translation>Koplar til éin journal med alternativ 1: lagar nøkkelen, lagrar han i nøkkelringen, registrerer klientutkastet, ventar på stadfesting og signering.</translation>
    </message>
    <message>
        <source>Give the organization number with --org.</source>
        <translation>Oppgje organisasjonsnummeret med --org.</translation>
    </message>
    <message>
        <source>The Klientmal does not offer the scope «%1». Offered: %2</source>
        <translation>Klientmalen tilbyr ikkje tilgangen «%1». Tilbode: %2</translation>
    </message>
    <message>
        <source>Unknown algorithm «%1».</source>
        <translation>Ukjend algoritme «%1».</translation>
    </message>
    <message>
        <source>--bits takes a number, e.g. 4096.</source>
        <translation>--bits tek eit tal, t.d. 4096.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3).</source>
        <translation>Tilkopling %1 starta (%2, organisasjon %3).</translation>
    </message>
    <message>
        <source>Continues an unfinished onboarding from where it stopped (after a crash, a restart, --no-wait or an error).</source>
        <translation>Held fram med ei uferdig tilkopling der ho stoppa (etter eit krasj, ein omstart, --no-wait eller ein feil).</translation>
    </message>
    <message>
        <source>Say which onboarding to resume (see «sfmctl list»).</source>
        <translation>Oppgje kva tilkopling som skal haldast fram med (sjå «sfmctl list»).</translation>
    </message>
    <message>
        <source>This onboarding was cancelled. Start a new one with «sfmctl onboard».</source>
        <translation>Denne tilkoplinga vart avbroten. Start ei ny med «sfmctl onboard».</translation>
    </message>
    <message>
        <source>Resuming onboarding %1 (%2).</source>
        <translation>Held fram med tilkopling %1 (%2).</translation>
    </message>
    <message>
        <source>Shows where an onboarding stands.</source>
        <translation>Viser kvar ei tilkopling står.</translation>
    </message>
    <message>
        <source>Say which onboarding (its id, client id or journal name).</source>
        <translation>Oppgje kva tilkopling (ID, klient-ID eller journalnamn).</translation>
    </message>
    <message>
        <source>Lists the onboardings in the folder.</source>
        <translation>Listar opp tilkoplingane i mappa.</translation>
    </message>
    <message>
        <source>No onboardings in %1.</source>
        <translation>Ingen tilkoplingar i %1.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Hoppa over: %1</translation>
    </message>
    <message>
        <source>Write the configuration here (default: print it).</source>
        <translation>Skriv konfigurasjonen hit (standard: skriv han ut).</translation>
    </message>
    <message>
        <source>The EPJ configuration is written to %1.</source>
        <translation>EPJ-konfigurasjonen er skriven til %1.</translation>
    </message>
    <message>
        <source>An exported EPJ configuration file.</source>
        <translation>Ei eksportert EPJ-konfigurasjonsfil.</translation>
    </message>
    <message>
        <source>Ask on behalf of this child unit.</source>
        <translation>Be på vegner av denne undereininga.</translation>
    </message>
    <message>
        <source>Also print the access token itself (a secret: handle it with care).</source>
        <translation>Skriv òg ut sjølve tilgangstokenet (ein løyndom: handsam det varsamt).</translation>
    </message>
    <message>
        <source>Gets a client-credentials DPoP token with the client&apos;s key and shows its decoded header and claims.</source>
        <translation>Hentar eit DPoP-token (client credentials) med nøkkelen til klienten og viser den dekoda headeren og claims.</translation>
    </message>
    <message>
        <source>This onboarding has no client yet. Resume it first.</source>
        <translation>Denne tilkoplinga har ingen klient enno. Hald fram med ho først.</translation>
    </message>
    <message>
        <source>Give an onboarding id or --config FILE.</source>
        <translation>Oppgje ein tilkoplings-ID eller --config FIL.</translation>
    </message>
    <message>
        <source>Token type: %1, expires in %2 s, scope %3</source>
        <translation>Tokentype: %1, går ut om %2 s, tilgang %3</translation>
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
        <translation>På kommandolinja: køyr på nytt med --key-store file --passphrase-stdin for å lagre nøkkelen i ei fil verna av passordfrase i staden.</translation>
    </message>
    <message>
        <source>On the command line: give the passphrase with --passphrase-stdin.</source>
        <translation>På kommandolinja: oppgje passordfrasen med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>A passphrase-protected key file needs its passphrase: give it on the first line of stdin with --passphrase-stdin.</source>
        <translation>Ei nøkkelfil verna av passordfrase treng passordfrasen sin: oppgje han på første linja av standard inn med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Unknown key store «%1»: use keychain or file.</source>
        <translation>Ukjent nøkkellager «%1»: bruk keychain eller file.</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Tilkopling</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Child units</source>
        <translation>Undereiningar</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <source>Key kept in</source>
        <translation>Nøkkel lagra i</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Stadfestingslenkje</translation>
    </message>
    <message>
        <source>Portal answered</source>
        <translation>Portalen svarte</translation>
    </message>
    <message>
        <source>SFM-id</source>
        <translation>SFM-id</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Tilgangar:</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sist sjekka</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Next: sfmctl resume %1</source>
        <translation>Neste: sfmctl resume %1</translation>
    </message>
    <message>
        <source>Next: sfmctl export %1 --out FILE</source>
        <translation>Neste: sfmctl export %1 --out FIL</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>Not yet: %1 (checking again by itself)</source>
        <translation>Ikkje enno: %1 (sjekkar igjen av seg sjølv)</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl resume %1».</source>
        <translation>Avbrote. Ingenting er tapt: hald fram med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Stopped after «%1» as asked. Continue with «sfmctl resume %2».</source>
        <translation>Stoppa etter «%1» som bede om. Hald fram med «sfmctl resume %2».</translation>
    </message>
    <message>
        <source>Confirmation link: %1</source>
        <translation>Stadfestingslenkje: %1</translation>
    </message>
    <message>
        <source>Waiting for someone to confirm in the portal. Continue later with «sfmctl resume %1».</source>
        <translation>Ventar på at nokon skal stadfeste i portalen. Hald fram seinare med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed. Continue later with «sfmctl resume %1».</source>
        <translation>Ventar på at avtaledokumenta skal signerast. Hald fram seinare med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Onboarding: %1</source>
        <translation>Tilkopling: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tilstand: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Klient-ID: %1</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Nøkkel-ID: %1</translation>
    </message>
    <message>
        <source>SFM-id: %1</source>
        <translation>SFM-id: %1</translation>
    </message>
    <message>
        <source>Folder of the onboarding files.</source>
        <translation>Mappa med tilkoplingsfilene.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Print one JSON event per line on stdout.</source>
        <translation>Skriv éi JSON-hending per linje på standard ut.</translation>
    </message>
    <message>
        <source>Where new keys go: keychain (default) or file (a passphrase-protected file; needs --passphrase-stdin).</source>
        <translation>Kvar nye nøklar vert lagra: keychain (nøkkelringen, standard) eller file (ei fil verna av passordfrase; krev --passphrase-stdin).</translation>
    </message>
    <message>
        <source>keychain|file</source>
        <translation>keychain|file</translation>
    </message>
    <message>
        <source>Folder for passphrase-protected key files (with --key-store file).</source>
        <translation>Mappe for nøkkelfiler verna av passordfrase (med --key-store file).</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from the first line of stdin.</source>
        <translation>Les passordfrasen til nøkkelfila frå første linja av standard inn.</translation>
    </message>
    <message>
        <source>Generate a key pair or print a key&apos;s thumbprint</source>
        <translation>Lag eit nøkkelpar eller skriv ut tommelavtrykket til ein nøkkel</translation>
    </message>
    <message>
        <source>Print a fresh client assertion</source>
        <translation>Skriv ut ein ny klientpåstand (client assertion)</translation>
    </message>
    <message>
        <source>Print a DPoP proof</source>
        <translation>Skriv ut eit DPoP-prov</translation>
    </message>
    <message>
        <source>Start the built-in HelseID simulator</source>
        <translation>Start den innebygde HelseID-simulatoren</translation>
    </message>
    <message>
        <source>Onboard a journal with Alternative 1</source>
        <translation>Kople til ein journal med alternativ 1</translation>
    </message>
    <message>
        <source>Show an onboarding&apos;s status</source>
        <translation>Vis status for ei tilkopling</translation>
    </message>
    <message>
        <source>Resume an unfinished onboarding</source>
        <translation>Hald fram med ei uferdig tilkopling</translation>
    </message>
    <message>
        <source>List onboardings</source>
        <translation>List opp tilkoplingar</translation>
    </message>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Eksporter EPJ-konfigurasjonen</translation>
    </message>
    <message>
        <source>Get a test token and show its claims</source>
        <translation>Hent eit testtoken og vis claims</translation>
    </message>
    <message>
        <source>Import a configuration file from the portal</source>
        <translation>Importer ei konfigurasjonsfil frå portalen</translation>
    </message>
    <message>
        <source>Usage: sfmctl COMMAND [OPTIONS]   (sfmctl COMMAND --help for more)</source>
        <translation>Bruk: sfmctl KOMMANDO [VAL]   (sfmctl KOMMANDO --help for meir)</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukjend kommando: %1</translation>
    </message>
    <message>
        <source>Read the zip file&apos;s password (sent by SMS) as the first line of standard input.</source>
        <translation>Les passordet til zip-fila (sendt på SMS) som første linja av standard inn.</translation>
    </message>
    <message>
        <source>The environment the file must be for: test, prod or demo. The file&apos;s HelseID address is checked against it.</source>
        <translation>Miljøet fila må vere for: test, prod eller demo. HelseID-adressa i fila vert sjekka mot det.</translation>
    </message>
    <message>
        <source>Check the file against this HelseID issuer instead (checking only).</source>
        <translation>Sjekk fila mot denne HelseID-utferdaren i staden (berre sjekk).</translation>
    </message>
    <message>
        <source>Keep the key and start an onboarding for this organization number (9 digits); without it the file is only checked.</source>
        <translation>Ta vare på nøkkelen og start ei tilkopling for dette organisasjonsnummeret (9 siffer); utan det vert fila berre sjekka.</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists (default: the client&apos;s name).</source>
        <translation>Namnet ditt på journalen, for lister (standard: namnet på klienten).</translation>
    </message>
    <message>
        <source>2 for a package link (default), 3 for a client made by hand in the portal.</source>
        <translation>2 for ei pakkelenkje (standard), 3 for ein klient laga manuelt i portalen.</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for the documents to be signed; continue with «sfmctl resume».</source>
        <translation>Stopp (avslutningskode 7) når tilkoplinga ventar på at dokumenta skal signerast; hald fram med «sfmctl resume».</translation>
    </message>
    <message>
        <source>Once the key is kept, overwrite and delete FILE (it holds the private key).</source>
        <translation>Når nøkkelen er teken vare på, skriv over og slett FIL (ho inneheld den private nøkkelen).</translation>
    </message>
    <message>
        <source>--environment demo needs the simulator: --sim-info with its start line, or --issuer with its issuer address.</source>
        <translation>--environment demo treng simulatoren: --sim-info med startlinja, eller --issuer med issuer-adressa.</translation>
    </message>
    <message>
        <source>Unknown environment «%1». Use test, prod or demo.</source>
        <translation>Ukjent miljø «%1». Bruk test, prod eller demo.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3, client %4).</source>
        <translation>Tilkopling %1 starta (%2, organisasjon %3, klient %4).</translation>
    </message>
    <message>
        <source>%1 was overwritten and deleted (on SSDs and in backups copies may remain).</source>
        <translation>%1 vart skriven over og sletta (på SSD-ar og i tryggingskopiar kan kopiar bli liggjande).</translation>
    </message>
    <message>
        <source>Reads the configuration file the HelseID portal made for a client (Alternatives 2 and 3): the password-protected zip file, or the JSON file inside it. Checks it and prints the client ID, the key ID, the scopes and any warnings; the private key is never printed. With --org it also keeps the key (in the keychain, or with --key-store file in a passphrase-protected file whose passphrase is the next line of standard input) and waits, like «sfmctl onboard», until the client is ready.</source>
        <translation>Les konfigurasjonsfila HelseID-portalen laga for ein klient (alternativ 2 og 3): den passordverna zip-fila, eller JSON-fila i ho. Sjekkar ho og skriv ut klient-ID, nøkkel-ID, tilgangar og eventuelle åtvaringar; den private nøkkelen vert aldri skriven ut. Med --org tek ho òg vare på nøkkelen (i nøkkelringen, eller med --key-store file i ei fil verna av passordfrase, der passordfrasen er neste linja av standard inn) og ventar, som «sfmctl onboard», til klienten er klar.</translation>
    </message>
    <message>
        <source>--alternative is 2 (package link) or 3 (made by hand).</source>
        <translation>--alternative er 2 (pakkelenkje) eller 3 (laga manuelt).</translation>
    </message>
    <message>
        <source>--delete-file, --no-wait and --name need --org: without it the file is only checked.</source>
        <translation>--delete-file, --no-wait og --name krev --org: utan han vert fila berre sjekka.</translation>
    </message>
    <message>
        <source>Keeping the key needs the environment: --environment test or prod, or demo with --sim-info.</source>
        <translation>For å ta vare på nøkkelen trengst miljøet: --environment test eller prod, eller demo med --sim-info.</translation>
    </message>
    <message>
        <source>The file was checked; the key was not kept. To keep it and start an onboarding, add --org with the organization number.</source>
        <translation>Fila vart sjekka; nøkkelen vart ikkje teken vare på. Legg til --org med organisasjonsnummeret for å ta vare på han og starte ei tilkopling.</translation>
    </message>
    <message>
        <source>After a lost registration answer: use this client ID (from the portal) instead of making a new draft.</source>
        <translation>Etter eit tapt svar på registreringa: bruk denne klient-ID-en (frå portalen) i staden for å lage eit nytt klientutkast.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappa %1 kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the renewal task: %1</source>
        <translation>Oppgåveplanleggjaren godtok ikkje fornyingsoppgåva: %1</translation>
    </message>
    <message>
        <source>The renewal agent is installed: the task «%1» runs «sfmctl renew --due» once a day.</source>
        <translation>Fornyingsagenten er installert: oppgåva «%1» køyrer «sfmctl renew --due» éin gong i døgeret.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 in %3.</source>
        <translation>Skreiv %1 og %2 i %3.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1), so the agent is not active yet. In your desktop or login session, run:</source>
        <translation>Fekk ikkje kontakt med systemd for brukaren din (%1), så agenten er ikkje aktiv enno. Køyr dette i skrivebords- eller påloggingsøkta di:</translation>
    </message>
    <message>
        <source>«systemctl --user %1» failed: %2</source>
        <translation>«systemctl --user %1» mislukkast: %2</translation>
    </message>
    <message>
        <source>The renewal agent is active: it runs «sfmctl renew --due» once a day.</source>
        <translation>Fornyingsagenten er aktiv: han køyrer «sfmctl renew --due» éin gong i døgeret.</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Neste køyring: %1</translation>
    </message>
    <message>
        <source>It runs while you are logged in. To let it run when you are not, ask an administrator for: loginctl enable-linger %1</source>
        <translation>Han køyrer medan du er pålogga. For at han skal køyre også når du ikkje er det, be ein administrator om: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not remove the renewal task: %1</source>
        <translation>Oppgåveplanleggjaren fjerna ikkje fornyingsoppgåva: %1</translation>
    </message>
    <message>
        <source>The renewal agent is removed.</source>
        <translation>Fornyingsagenten er fjerna.</translation>
    </message>
    <message>
        <source>The renewal agent is not installed for this user; nothing to remove.</source>
        <translation>Fornyingsagenten er ikkje installert for denne brukaren; ingenting å fjerne.</translation>
    </message>
    <message>
        <source>The unit files in %1 could not all be removed. Remove them by hand.</source>
        <translation>Ikkje alle einingsfilene i %1 kunne fjernast. Fjern dei for hand.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1). If the timer is still loaded, it is gone after your next login, or run: systemctl --user daemon-reload</source>
        <translation>Fekk ikkje kontakt med systemd for brukaren din (%1). Om tidsuret framleis er lasta, er det borte etter neste pålogging, eller køyr: systemctl --user daemon-reload</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>fornya</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>ikkje til fornying</translation>
    </message>
    <message>
        <source>renew in the portal</source>
        <translation>forny i portalen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukkast</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppa over</translation>
    </message>
    <message>
        <source>Last run: %1 (exit code %2): %3 renewed, %4 failed, %5 to renew in the portal, %6 not due.</source>
        <translation>Siste køyring: %1 (avslutningskode %2): %3 fornya, %4 mislukkast, %5 må fornyast i portalen, %6 ikkje til fornying.</translation>
    </message>
    <message>
        <source>Someone must act on the lines above.</source>
        <translation>Nokon må følgje opp linjene over.</translation>
    </message>
    <message>
        <source>Renewal agent: installed (Task Scheduler, «%1»).</source>
        <translation>Fornyingsagent: installert (Oppgåveplanlegging, «%1»).</translation>
    </message>
    <message>
        <source>Renewal agent: not installed. Install it with: sfmctl agent install</source>
        <translation>Fornyingsagent: ikkje installert. Installer han med: sfmctl agent install</translation>
    </message>
    <message>
        <source>Renewal agent: installed (systemd user timer in %1).</source>
        <translation>Fornyingsagent: installert (systemd-tidsur for brukaren i %1).</translation>
    </message>
    <message>
        <source>The package ships the timer (%1), disabled; «sfmctl agent install» sets it up for you.</source>
        <translation>Pakken leverer tidsuret (%1), deaktivert; «sfmctl agent install» set det opp for deg.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Timer: %1, %2.</source>
        <translation>Tidsur: %1, %2.</translation>
    </message>
    <message>
        <source>Last started: %1</source>
        <translation>Sist starta: %1</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1): the timer&apos;s times are not known.</source>
        <translation>Fekk ikkje kontakt med systemd for brukaren din (%1): tidspunkta til tidsuret er ukjende.</translation>
    </message>
    <message>
        <source>The agent has not run yet.</source>
        <translation>Agenten har ikkje køyrt enno.</translation>
    </message>
    <message>
        <source>The renewal agent runs «sfmctl renew --due» once a day, so keys are renewed before they expire.
  install   set it up for this user (Linux: a systemd user timer; Windows: a Task Scheduler task). --user is the default and, for now, the only way: a system-wide agent may come later.
  status    whether it is set up, when it runs next and what it did last time
  remove    take it away again
  task-xml  print or write the Windows Task Scheduler definition (for deployment by an administrator)</source>
        <translation>Fornyingsagenten køyrer «sfmctl renew --due» éin gong i døgeret, slik at nøklar vert fornya før dei går ut.
  install   set han opp for denne brukaren (Linux: eit systemd-tidsur for brukaren; Windows: ei oppgåve i Oppgåveplanlegging). --user er standard og førebels einaste moglegheit: ein agent for heile systemet kan kome seinare.
  status    om han er sett opp, når han køyrer neste gong og kva han gjorde sist
  remove    fjern han igjen
  task-xml  skriv ut eller lagre definisjonen for Windows Oppgåveplanlegging (for utrulling av ein administrator)</translation>
    </message>
    <message>
        <source>For the current user (the default).</source>
        <translation>For gjeldande brukar (standard).</translation>
    </message>
    <message>
        <source>status: print JSON for scripts.</source>
        <translation>status: skriv JSON for skript.</translation>
    </message>
    <message>
        <source>task-xml: the path of sfmctl.exe on the Windows PC.</source>
        <translation>task-xml: stigen til sfmctl.exe på Windows-PC-en.</translation>
    </message>
    <message>
        <source>task-xml: write to this file (UTF-16).</source>
        <translation>task-xml: skriv til denne fila (UTF-16).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 7 installed but not active yet (run the command it prints).</source>
        <translation>Avslutningskodar: 0 ok, 1 feil, 2 feil argument, 7 installert, men ikkje aktiv enno (køyr kommandoen som vert skriven ut).</translation>
    </message>
    <message>
        <source>Name one action: install, status, remove or task-xml.</source>
        <translation>Oppgje éi handling: install, status, remove eller task-xml.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Ukjend handling: %1</translation>
    </message>
    <message>
        <source>Set up, show or remove the daily key renewal</source>
        <translation>Set opp, vis eller fjern den daglege fornyinga av nøklar</translation>
    </message>
    <message>
        <source>Wrote the Task Scheduler definition to %1. On the Windows PC, as the user who runs the onboardings, run:</source>
        <translation>Skreiv definisjonen for Oppgåveplanlegging til %1. Køyr dette på Windows-PC-en, som brukaren som køyrer onboardingane:</translation>
    </message>
    <message>
        <source>In use by: %1</source>
        <translation>I bruk av: %1</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>i bruk av %1</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by the server, 6 keychain, 7 waiting for someone or in use by another program (resume later), 8 cancelled.</source>
        <translation>Avslutningskodar: 0 ok, 1 feil, 2 bruk, 3 ugyldige inndata, 4 nettverk, 5 avvist av tenaren, 6 nøkkelring, 7 ventar på nokon eller i bruk av eit anna program (hald fram seinare), 8 avbrote.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikkje oppgjeve</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (gått ut)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n dag att)</numerusform>
            <numerusform>%1 (%n dagar att)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen går ut</translation>
    </message>
    <message>
        <source>A key renewal is under way (step: %1); «sfmctl renew %2» continues it.</source>
        <translation>Ei fornying av nøkkelen er i gang (steg: %1); «sfmctl renew %2» held fram med ho.</translation>
    </message>
    <message>
        <source>The previous key (%1) is kept until %2.</source>
        <translation>Den førre nøkkelen (%1) vert halden på til %2.</translation>
    </message>
    <message>
        <source>renewed: new key ID %1, expires %2</source>
        <translation>fornya: ny nøkkel-ID %1, går ut %2</translation>
    </message>
    <message>
        <source>%1: the previous key&apos;s grace period is over; it is removed.</source>
        <translation>%1: overgangstida for den førre nøkkelen er over; han er fjerna.</translation>
    </message>
    <message>
        <source>not due: the key expires %1</source>
        <translation>ikkje til fornying: nøkkelen går ut %1</translation>
    </message>
    <message>
        <source>%1 renewed, %2 failed, %3 to renew in the portal, %4 not due.</source>
        <translation>%1 fornya, %2 mislukkast, %3 må fornyast i portalen, %4 ikkje til fornying.</translation>
    </message>
    <message>
        <source>Renew every ready onboarding whose key expires within the window (what the renewal agent runs).</source>
        <translation>Forny kvar klar tilkopling der nøkkelen går ut innan vindauget (det fornyingsagenten køyrer).</translation>
    </message>
    <message>
        <source>The window for --due: days (30d, 30) or weeks (4w). Default: 30 days.</source>
        <translation>Vindauget for --due: dagar (30d, 30) eller veker (4w). Standard: 30 dagar.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Registers a new key for the client with HelseID, authenticated with the current key, proves it with a token, switches to it and re-exports the EPJ configuration. The old key is kept for 14 days. A renewal cut short is continued by the next run.</source>
        <translation>Registrerer ein ny nøkkel for klienten hos HelseID, autentisert med den noverande nøkkelen, prøver han med eit token, byter til han og eksporterer EPJ-konfigurasjonen på nytt. Den gamle nøkkelen vert halden på i 14 dagar. Ei fornying som vart avbroten, held fram ved neste køyring.</translation>
    </message>
    <message>
        <source>Give either an onboarding (its id, client id or journal name) or --due.</source>
        <translation>Gje anten ei tilkopling (id, klient-ID eller journalnamn) eller --due.</translation>
    </message>
    <message>
        <source>--within goes with --due.</source>
        <translation>--within høyrer saman med --due.</translation>
    </message>
    <message>
        <source>Renew a client&apos;s key, or every key that expires soon</source>
        <translation>Forny nøkkelen til ein klient, eller alle nøklar som snart går ut</translation>
    </message>
    <message>
        <source>%1: the key renewal failed. Run «sfmctl renew %2» to see why.</source>
        <translation>%1: fornyinga av nøkkelen gjekk ikkje. Køyr «sfmctl renew %2» for å sjå kvifor.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal before %2.</source>
        <translation>%1: forny nøkkelen i portalen til HelseID før %2.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal.</source>
        <translation>%1: forny nøkkelen i portalen til HelseID.</translation>
    </message>
    <message>
        <source>SFM: a HelseID key needs you</source>
        <translation>SFM: ein HelseID-nøkkel treng deg</translation>
    </message>
    <message>
        <source>Add this scope (one the vendor profile offers).</source>
        <translation>Legg til denne tilgangen (ein som leverandørprofilen tilbyr).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>tilgang</translation>
    </message>
    <message>
        <source>Remove this scope.</source>
        <translation>Fjern denne tilgangen.</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the new scope waits for signing.</source>
        <translation>Stopp (kode 7) når den nye tilgangen ventar på signering.</translation>
    </message>
    <message>
        <source>The vendor profile (default: the one the onboarding used).</source>
        <translation>Leverandørprofilen (standard: den tilkoplinga brukte).</translation>
    </message>
    <message>
        <source>Adds or removes API scopes of a ready client. The client is read from HelseID and written back with only its scopes changed; then it waits until HelseID grants the new scopes (the agreement documents may have to be signed again).</source>
        <translation>Legg til eller fjernar tilgangar (scopes) for ein klar klient. Klienten vert lesen frå HelseID og skriven tilbake med berre tilgangane endra; så ventar han til HelseID gjev dei nye tilgangane (avtaledokumenta må kanskje signerast på nytt).</translation>
    </message>
    <message>
        <source>Say which onboarding to change (see «sfmctl list»).</source>
        <translation>Sei kva tilkopling som skal endrast (sjå «sfmctl list»).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>Gje minst éin --add eller --remove.</translation>
    </message>
    <message>
        <source>Add or remove API scopes of a ready client</source>
        <translation>Legg til eller fjern tilgangar for ein klar klient</translation>
    </message>
    <message>
        <source>       sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>       sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON</translation>
    </message>
    <message>
        <source>The EPJ configuration exported with the transfer file: says where the key goes and which key it must be.</source>
        <translation>EPJ-konfigurasjonen som vart eksportert saman med overføringsfila: seier kvar nøkkelen skal og kva nøkkel det må vere.</translation>
    </message>
    <message>
        <source>Installs the key from a transfer file on the computer where the EPJ runs, as the account it runs as.</source>
        <translation>Installerer nøkkelen frå ei overføringsfil på datamaskina der EPJ-en køyrer, som kontoen han køyrer som.</translation>
    </message>
    <message>
        <source>Give the transfer file.</source>
        <translation>Oppgi overføringsfila.</translation>
    </message>
    <message>
        <source>Give the transfer file&apos;s passphrase on the first line of stdin with --passphrase-stdin.</source>
        <translation>Gje passordfrasen til overføringsfila på første linja av stdin med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Give the EPJ configuration exported with the transfer file (--config FILE).</source>
        <translation>Oppgi EPJ-konfigurasjonen som vart eksportert saman med overføringsfila (--config FIL).</translation>
    </message>
    <message>
        <source>The transfer file holds another key than the configuration names. Use the transfer file and the configuration of the same export.</source>
        <translation>Overføringsfila inneheld ein annan nøkkel enn den konfigurasjonen nemner. Bruk overføringsfila og konfigurasjonen frå same eksport.</translation>
    </message>
    <message>
        <source>The key (thumbprint %1) is installed: %2.</source>
        <translation>Nøkkelen (tommelavtrykk %1) er installert: %2.</translation>
    </message>
    <message>
        <source>the key file %1, readable only by %2</source>
        <translation>nøkkelfila %1, som berre %2 kan lese</translation>
    </message>
    <message>
        <source>The configuration keeps the key in «%1»; a transfer file installs into the keychain or a key file.</source>
        <translation>Konfigurasjonen har nøkkelen i «%1»; ei overføringsfil vert installert i nøkkelringen eller i ei nøkkelfil.</translation>
    </message>
    <message>
        <source>The configuration names the keychain service «%1», but this program uses «%2».</source>
        <translation>Konfigurasjonen nemner nøkkelringtenesta «%1», men dette programmet brukar «%2».</translation>
    </message>
    <message>
        <source>The keychain gave back another key than was stored. Check the keychain, then install again.</source>
        <translation>Nøkkelringen gav tilbake ein annan nøkkel enn den som vart lagra. Sjekk nøkkelringen, og installer på nytt.</translation>
    </message>
    <message>
        <source>this account&apos;s keychain, entry %1</source>
        <translation>nøkkelringen til denne kontoen, oppføring %1</translation>
    </message>
    <message>
        <source>Where the EPJ reads the key: keychain (this user&apos;s, the default unless the vendor profile names another), file (a key file only --owner may read) or transfer (a passphrase-protected file for another computer; the passphrase from stdin).</source>
        <translation>Kvar EPJ-en les nøkkelen: keychain (nøkkelringen til denne brukaren, standard med mindre leverandørprofilen seier noko anna), file (ei nøkkelfil berre --owner kan lese) eller transfer (ei fil verna av passordfrase, for ei anna datamaskin; passordfrasen frå stdin).</translation>
    </message>
    <message>
        <source>The key file (with --key-to file) or the transfer file (with --key-to transfer) to write.</source>
        <translation>Nøkkelfila (med --key-to file) eller overføringsfila (med --key-to transfer) som skal skrivast.</translation>
    </message>
    <message>
        <source>The account the EPJ runs as: it alone may read the key file (with --key-to file).</source>
        <translation>Kontoen EPJ-en køyrer som: berre han får lese nøkkelfila (med --key-to file).</translation>
    </message>
    <message>
        <source>Writes the EPJ configuration of a ready onboarding (docs/epj-config.md). It never contains the private key; --key-to says where the EPJ reads the key.</source>
        <translation>Skriv EPJ-konfigurasjonen for ei ferdig onboarding (docs/epj-config.md). Ho inneheld aldri den private nøkkelen; --key-to seier kvar EPJ-en les nøkkelen.</translation>
    </message>
    <message>
        <source>--key-to needs --out FILE: the configuration names where the key went.</source>
        <translation>--key-to treng --out FIL: konfigurasjonen seier kvar nøkkelen vart lagd.</translation>
    </message>
    <message>
        <source>--key-to is keychain, file or transfer.</source>
        <translation>--key-to er keychain, file eller transfer.</translation>
    </message>
    <message>
        <source>The vendor profile says the EPJ cannot read the key from «%1»; it reads it from: %2.</source>
        <translation>Leverandørprofilen seier at EPJ-en ikkje kan lese nøkkelen frå «%1»; han les han frå: %2.</translation>
    </message>
    <message>
        <source>--key-to %1 needs --key-file PATH.</source>
        <translation>--key-to %1 treng --key-file STI.</translation>
    </message>
    <message>
        <source>--key-to file needs --owner ACCOUNT.</source>
        <translation>--key-to file treng --owner KONTO.</translation>
    </message>
    <message>
        <source>--key-to transfer needs --passphrase-stdin: the transfer file&apos;s passphrase on a line of stdin.</source>
        <translation>--key-to transfer treng --passphrase-stdin: passordfrasen til overføringsfila på ei linje av stdin.</translation>
    </message>
    <message>
        <source>The key is in %1, readable only by %2.</source>
        <translation>Nøkkelen ligg i %1, og berre %2 kan lese han.</translation>
    </message>
    <message>
        <source>The key is in the transfer file %1. On the EPJ&apos;s computer, as the account the EPJ runs as: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>Nøkkelen ligg i overføringsfila %1. På datamaskina til EPJ-en, som kontoen EPJ-en køyrer som: sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Kunne ikkje skrive rapporten til %1.</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Rapporten er skriven til %1.</translation>
    </message>
    <message>
        <source>Row %1: %2 %3 — %4</source>
        <translation>Rad %1: %2 %3 — %4</translation>
    </message>
    <message>
        <source>Check every row and print every problem; change nothing.</source>
        <translation>Sjekk kvar rad og skriv ut alle problema; ingenting vert endra.</translation>
    </message>
    <message>
        <source>Write the report (CSV, or JSON with --json) to this file.</source>
        <translation>Skriv rapporten (CSV, eller JSON med --json) til denne fila.</translation>
    </message>
    <message>
        <source>Run the good rows of a file that has problems.</source>
        <translation>Køyr dei gode radene i ei fil som har problem.</translation>
    </message>
    <message>
        <source>Onboards one journal per row of a CSV file with Alternative 1; a second run continues the same onboardings.</source>
        <translation>Koplar til éin journal per rad i ei CSV-fil med alternativ 1; ei ny køyring held fram med dei same tilkoplingane.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Gje éi CSV-fil.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 with problems, %2 to start, %3 to continue.</source>
        <translation>
            <numerusform>%n rad sjekka: %1 med problem, %2 å starte, %3 å halde fram med.</numerusform>
            <numerusform>%n rader sjekka: %1 med problem, %2 å starte, %3 å halde fram med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed above). Correct them, or run the other rows with --skip-bad-rows.</source>
        <translation>
            <numerusform>%n rad har problem (sjå over). Rett dei, eller køyr dei andre radene med --skip-bad-rows.</numerusform>
            <numerusform>%n rader har problem (sjå over). Rett dei, eller køyr dei andre radene med --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>HelseID asked us to slow down: pausing %1 s.</source>
        <translation>HelseID bad oss setje ned farten: pause i %1 s.</translation>
    </message>
    <message>
        <source>Skipped: the row has problems.</source>
        <translation>Hoppa over: rada har problem.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Rad %1 (%2): %3</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: run the same file again, or «sfmctl watch --all».</source>
        <translation>Avbrote. Ingenting er tapt: køyr den same fila på nytt, eller «sfmctl watch --all».</translation>
    </message>
    <message>
        <source>(not in the token)</source>
        <translation>(ikkje i tokenet)</translation>
    </message>
    <message>
        <source>What SFM will see in the token:</source>
        <translation>Dette vil SFM sjå i tokenet:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Tryggleiksnivå</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Tilgangar</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n second(s)</source>
        <translation>
            <numerusform>%1, gyldig i %n sekund</numerusform>
            <numerusform>%1, gyldig i %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT): the claims above come from HelseID&apos;s answer and the ID token.</source>
        <translation>Tilgangstokenet er ugjennomsiktig (ikkje ein JWT): claimane over kjem frå svaret frå HelseID og ID-tokenet.</translation>
    </message>
    <message>
        <source>The synthetic fødselsnummer of the test person (TEST and the simulator; default %1).</source>
        <translation>Det syntetiske fødselsnummeret til testpersonen (TEST og simulatoren; standard %1).</translation>
    </message>
    <message>
        <source>Log a real person in (BankID or the like) instead of the test person. Always so in PROD.</source>
        <translation>Logg inn ein ekte person (BankID eller liknande) i staden for testpersonen. Alltid slik i PROD.</translation>
    </message>
    <message>
        <source>Logs a prescriber in with the client, in the browser (BROWSER is honoured), and shows what SFM will see in the token. Exit 0 only when the token carries the SFM scope and the SFM-id.</source>
        <translation>Loggar inn ein forskrivar med klienten i nettlesaren (BROWSER blir følgd) og viser kva SFM vil sjå i tokenet. Avsluttar med 0 berre når tokenet har SFM-tilgangen og SFM-id-en.</translation>
    </message>
    <message>
        <source>Say which onboarding to test (see «sfmctl list»).</source>
        <translation>Sei kva tilkopling som skal testast (sjå «sfmctl list»).</translation>
    </message>
    <message>
        <source>Log in in the browser. If none opened, open this address: %1</source>
        <translation>Logg inn i nettlesaren. Viss ingen opna seg, opna denne adressa: %1</translation>
    </message>
    <message>
        <source>SFM will accept this token: the EPJ can call SFM with this client.</source>
        <translation>SFM vil godta dette tokenet: EPJ-en kan kalle SFM med denne klienten.</translation>
    </message>
    <message>
        <source>For a client that cannot see its own status (no nhn:selvbetjening/client): you checked in the portal that the agreement documents are signed.</source>
        <translation>For ein klient som ikkje kan sjå sin eigen status (utan nhn:selvbetjening/client): du har sjekka i portalen at avtaledokumenta er signerte.</translation>
    </message>
    <message>
        <source>The scope to ask for (default: nhn:selvbetjening/client, else the client&apos;s first scope that is not SFM&apos;s).</source>
        <translation>Tilgangen det skal spørjast om (standard: nhn:selvbetjening/client, elles den første tilgangen til klienten som ikkje er SFM sin).</translation>
    </message>
    <message>
        <source>SFM needs a user: HelseID gives a token for «%1» only to a person logged in with this client, never to the client alone. To prove that the EPJ can call SFM, run the test login: «sfmctl login-test %2».</source>
        <translation>SFM krev ein brukar: HelseID gir eit token for «%1» berre til ein person som er logga inn med denne klienten, aldri til klienten åleine. For å prove at EPJ-en kan kalle SFM, køyr testinnlogginga: «sfmctl login-test %2».</translation>
    </message>
    <message>
        <source>The token is opaque (not a JWT): it carries no claims this program can read. Only the API it is meant for can look inside it.</source>
        <translation>Tokenet er ugjennomsiktig (ikkje ein JWT): det har ingen claims dette programmet kan lese. Berre API-et det er meint for, kan sjå inn i det.</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Testinnlogging</translation>
    </message>
    <message>
        <source>SFM accepted the client (%1)</source>
        <translation>SFM godtok klienten (%1)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>confirmed by you in the portal (%1)</source>
        <translation>stadfesta av deg i portalen (%1)</translation>
    </message>
    <message>
        <source>When the agreement documents are signed (check in the portal), continue with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».</source>
        <translation>Når avtaledokumenta er signerte (sjekk i portalen), hald fram med «sfmctl resume %1 --signed», eller prov det med «sfmctl login-test %1».</translation>
    </message>
    <message>
        <source>Every onboarding in the folder that waits for someone.</source>
        <translation>Alle tilkoplingar i mappa som ventar på nokon.</translation>
    </message>
    <message>
        <source>Follows waiting onboardings until they are ready or their deadline passes.</source>
        <translation>Følgjer ventande tilkoplingar til dei er klare eller fristen går ut.</translation>
    </message>
    <message>
        <source>Give --all or the onboardings to follow (see «sfmctl list»).</source>
        <translation>Gje --all eller tilkoplingane som skal følgjast (sjå «sfmctl list»).</translation>
    </message>
    <message>
        <source>No onboarding waits for anyone.</source>
        <translation>Inga tilkopling ventar på nokon.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its key is in the other key store; follow it with «sfmctl resume %1».</source>
        <translation>%1: nøkkelen ligg i det andre nøkkellageret; følg han med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl watch --all».</source>
        <translation>Avbrote. Ingenting er tapt: hald fram med «sfmctl watch --all».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n onboarding(s) ready.</source>
        <translation>
            <numerusform>%1 av %n tilkopling er klar.</numerusform>
            <numerusform>%1 av %n tilkoplingar er klare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a prescriber in and show what SFM will see</source>
        <translation>Logg inn ein forskrivar og vis kva SFM vil sjå</translation>
    </message>
    <message>
        <source>Onboard one journal per row of a CSV file</source>
        <translation>Kople til éin journal per rad i ei CSV-fil</translation>
    </message>
    <message>
        <source>Follow waiting onboardings until they are ready</source>
        <translation>Følg ventande tilkoplingar til dei er klare</translation>
    </message>
    <message>
        <source>skipped: in use by %1</source>
        <translation>hoppa over: i bruk av %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: in use by another program (the next run tries again).</source>
        <translation>
            <numerusform>%n hoppa over: i bruk av eit anna program (neste køyring prøver igjen).</numerusform>
            <numerusform>%n hoppa over: i bruk av eit anna program (neste køyring prøver igjen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer, for the confirmation e-mail (kept with the onboarding, never sent to HelseID).</source>
        <translation>Den som stadfestar hos kunden, til e-posten om stadfesting (vert lagra med tilkoplinga, vert aldri send til HelseID).</translation>
    </message>
    <message>
        <source>The language of the confirmation e-mail: nb, nn or en (default: the program&apos;s).</source>
        <translation>Språket i e-posten om stadfesting: nb, nn eller en (standard: språket i programmet).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No onboarding in %1 can be used: every file there was refused (below).</source>
        <translation>Ingen tilkopling i %1 kan brukast: alle filene der vart avviste (sjå under).</translation>
    </message>
    <message>
        <source>E-mail:   %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>(none: the mail program asks)</source>
        <translation>(inga: e-postprogrammet spør)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk:  %1</translation>
    </message>
    <message>
        <source>(the program&apos;s)</source>
        <translation>(språket i programmet)</translation>
    </message>
    <message>
        <source>The confirmer&apos;s e-mail address; an empty value removes it.</source>
        <translation>E-postadressa til den som stadfestar; ein tom verdi fjernar ho.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s language: nb, nn or en; an empty value means the program&apos;s language.</source>
        <translation>Språket i e-posten: nb, nn eller en; ein tom verdi tyder språket i programmet.</translation>
    </message>
    <message>
        <source>Shows or changes whom the confirmation e-mail of an onboarding goes to, and in which language. Kept with the onboarding and never sent to HelseID, so it can change at any step, also after the client is registered.</source>
        <translation>Viser eller endrar kven e-posten om stadfesting for ei tilkopling går til, og på kva språk. Vert lagra med tilkoplinga og aldri send til HelseID, så det kan endrast når som helst, òg etter at klienten er registrert.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 is saved.</source>
        <translation>Kontakten for tilkopling %1 er lagra.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 was already so.</source>
        <translation>Kontakten for tilkopling %1 var alt slik.</translation>
    </message>
    <message>
        <source>--contact-email and --contact-language need --org: without it the file is only checked.</source>
        <translation>--contact-email og --contact-language krev --org: utan han vert fila berre kontrollert.</translation>
    </message>
    <message>
        <source>Show or change whom the confirmation e-mail goes to</source>
        <translation>Vis eller endre kven e-posten om stadfesting går til</translation>
    </message>
</context>
</TS>

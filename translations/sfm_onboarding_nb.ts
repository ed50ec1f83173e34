<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgentState</name>
    <message>
        <source>The record of the renewal agent&apos;s last run (%1) cannot be read. It is rewritten after the next run; you may also delete it.</source>
        <translation>Registeret over fornyelsesagentens siste kjøring (%1) kan ikke leses. Det skrives på nytt etter neste kjøring; du kan også slette det.</translation>
    </message>
    <message>
        <source>The renewal agent could not record its run in %1. Check that the folder exists and that you may write to it.</source>
        <translation>Fornyelsesagenten kunne ikke registrere kjøringen i %1. Sjekk at mappen finnes og at du har lov til å skrive til den.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: %1</source>
        <translation> Serveren sa: %1</translation>
    </message>
    <message>
        <source>The self-service API rejected %1.</source>
        <translation>Selvbetjenings-API-et avviste %1.</translation>
    </message>
    <message>
        <source> Correct the details and try again.</source>
        <translation> Rett opplysningene og prøv igjen.</translation>
    </message>
    <message>
        <source>The self-service API did not accept the credentials for %1. Check the key and that the client has access to the self-service API (nhn:selvbetjening/client).</source>
        <translation>Selvbetjenings-API-et godtok ikke legitimasjonen for %1. Sjekk nøkkelen og at klienten har tilgang til selvbetjenings-API-et (nhn:selvbetjening/client).</translation>
    </message>
    <message>
        <source>The self-service API refused %1: the client is not allowed to do that.</source>
        <translation>Selvbetjenings-API-et nektet %1: klienten har ikke lov til det.</translation>
    </message>
    <message>
        <source>The self-service API does not know what %1 asked for. Check the environment settings.</source>
        <translation>Selvbetjenings-API-et kjenner ikke det %1 ba om. Sjekk miljøinnstillingene.</translation>
    </message>
    <message>
        <source>The self-service API reported a conflict for %1.</source>
        <translation>Selvbetjenings-API-et meldte om en konflikt for %1.</translation>
    </message>
    <message>
        <source>The self-service API is busy. Wait a minute and try %1 again.</source>
        <translation>Selvbetjenings-API-et er opptatt. Vent et minutt og prøv %1 igjen.</translation>
    </message>
    <message>
        <source>The self-service API has a problem right now (HTTP %1) and could not complete %2. Try again later.</source>
        <translation>Selvbetjenings-API-et har et problem akkurat nå (HTTP %1) og kunne ikke fullføre %2. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The self-service API answered %1 with an error (HTTP %2).</source>
        <translation>Selvbetjenings-API-et svarte på %1 med en feil (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ClientInfo</name>
    <message>
        <source>The self-service API gave an answer about the client that this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>Selvbetjenings-API-et ga et svar om klienten som dette programmet ikke kan lese. Prøv igjen senere; kontakt brukerstøtte hvis det vedvarer.</translation>
    </message>
</context>
<context>
    <name>CryptoText</name>
    <message>
        <source>A client assertion needs the client id. Enter the client id HelseID gave this client.</source>
        <translation>En klientpåstand (client assertion) trenger klient-ID-en. Skriv inn klient-ID-en HelseID ga denne klienten.</translation>
    </message>
    <message>
        <source>A client assertion needs its audience (the HelseID issuer). Choose the environment, or enter the issuer&apos;s address.</source>
        <translation>En klientpåstand trenger mottakeren sin (HelseID-utstederen). Velg miljøet, eller skriv inn adressen til utstederen.</translation>
    </message>
    <message>
        <source>A client assertion must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>En klientpåstand må signeres med klientens private nøkkel, og den er ikke tilgjengelig. Velg filen med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>A DPoP proof needs the HTTP method of the request (such as POST or GET).</source>
        <translation>Et DPoP-bevis trenger HTTP-metoden til forespørselen (for eksempel POST eller GET).</translation>
    </message>
    <message>
        <source>A DPoP proof needs the full http(s) address of the request.</source>
        <translation>Et DPoP-bevis trenger hele http(s)-adressen til forespørselen.</translation>
    </message>
    <message>
        <source>A DPoP proof must be signed with the client&apos;s private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Et DPoP-bevis må signeres med klientens private nøkkel, og den er ikke tilgjengelig. Velg filen med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key (JWK) lacks the member &quot;%1&quot;. Check that the whole key was copied.</source>
        <translation>Nøkkelen (JWK) mangler medlemmet «%1». Sjekk at hele nøkkelen ble kopiert.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of the key (JWK) is not valid base64url. Check that the whole key was copied unchanged.</source>
        <translation>Medlemmet «%1» i nøkkelen (JWK) er ikke gyldig base64url. Sjekk at hele nøkkelen ble kopiert uendret.</translation>
    </message>
    <message>
        <source>The key (JWK) is not a valid key (for an EC key: the point is not on the curve). Check that the whole key was copied unchanged.</source>
        <translation>Nøkkelen (JWK) er ikke en gyldig nøkkel (for en EC-nøkkel: punktet ligger ikke på kurven). Sjekk at hele nøkkelen ble kopiert uendret.</translation>
    </message>
    <message>
        <source>The RSA key has more than two primes, which HelseID does not accept. Make a new key.</source>
        <translation>RSA-nøkkelen har mer enn to primtall, og det godtar ikke HelseID. Lag en ny nøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) could not be read.</source>
        <translation>Nøkkelen (JWK) kunne ikke leses.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; HelseID needs at least %2. Make a new key of 2048 bits or more (4096 is recommended).</source>
        <translation>RSA-nøkkelen har %1 bit; HelseID krever minst %2. Lag en ny nøkkel på 2048 bit eller mer (4096 anbefales).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, more than this program accepts (%2). Use a key of 2048 to 4096 bits.</source>
        <translation>RSA-nøkkelen har %1 bit, mer enn dette programmet godtar (%2). Bruk en nøkkel på 2048 til 4096 bit.</translation>
    </message>
    <message>
        <source>The private RSA key (JWK) is incomplete: it needs d, p, q, dp, dq and qi. Export the key again with all its members.</source>
        <translation>Den private RSA-nøkkelen (JWK) er ufullstendig: den trenger d, p, q, dp, dq og qi. Eksporter nøkkelen på nytt med alle medlemmene.</translation>
    </message>
    <message>
        <source>The key uses the curve &quot;%1&quot;, which HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>Nøkkelen bruker kurven «%1», som HelseID ikke godtar. Bruk P-256, P-384 eller P-521, eller en RSA-nøkkel.</translation>
    </message>
    <message>
        <source>A coordinate of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>En koordinat i EC-nøkkelen (JWK) er for lang for kurven %1. Sjekk at nøkkelen ble kopiert uendret.</translation>
    </message>
    <message>
        <source>The private part of the EC key (JWK) is too long for curve %1. Check that the key was copied unchanged.</source>
        <translation>Den private delen av EC-nøkkelen (JWK) er for lang for kurven %1. Sjekk at nøkkelen ble kopiert uendret.</translation>
    </message>
    <message>
        <source>The key (JWK) is marked for a use other than signing (&quot;use&quot; must be &quot;sig&quot;). Use a signing key.</source>
        <translation>Nøkkelen (JWK) er merket for annen bruk enn signering («use» må være «sig»). Bruk en signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) is meant for the algorithm &quot;%1&quot;, which HelseID does not accept. Use RS256/384/512, PS256/384/512 or ES256/384/512.</source>
        <translation>Nøkkelen (JWK) er ment for algoritmen «%1», som HelseID ikke godtar. Bruk RS256/384/512, PS256/384/512 eller ES256/384/512.</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported. Use an RSA or EC key.</source>
        <translation>Nøkkeltypen «%1» støttes ikke. Bruk en RSA- eller EC-nøkkel.</translation>
    </message>
    <message>
        <source>The key (JWK) names the algorithm %1, which does not fit the key itself. Fix &quot;alg&quot; or use a matching key.</source>
        <translation>Nøkkelen (JWK) oppgir algoritmen %1, som ikke passer til selve nøkkelen. Rett «alg» eller bruk en nøkkel som passer.</translation>
    </message>
    <message>
        <source>The signed token is damaged or incomplete. Get a new one and check that it was copied completely.</source>
        <translation>Det signerte tokenet er skadet eller ufullstendig. Hent et nytt og sjekk at det ble kopiert helt.</translation>
    </message>
    <message>
        <source>The signed token is far larger than any HelseID token; it was not read.</source>
        <translation>Det signerte tokenet er langt større enn noe HelseID-token; det ble ikke lest.</translation>
    </message>
    <message>
        <source>Signing needs the private key, and it is not available. Choose the private key file or import the key again.</source>
        <translation>Signering krever den private nøkkelen, og den er ikke tilgjengelig. Velg filen med den private nøkkelen eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The algorithm %1 does not fit this key. Choose an algorithm for the key&apos;s type (RSA: RS*/PS*, EC: the ES* of its curve).</source>
        <translation>Algoritmen %1 passer ikke til denne nøkkelen. Velg en algoritme for nøkkeltypen (RSA: RS*/PS*, EC: ES* for kurven).</translation>
    </message>
    <message>
        <source>Signing failed. Try again; if it keeps failing, report the details to support.</source>
        <translation>Signeringen mislyktes. Prøv igjen; hvis det fortsetter å feile, send detaljene til brukerstøtte.</translation>
    </message>
    <message>
        <source>Signing failed. Try again.</source>
        <translation>Signeringen mislyktes. Prøv igjen.</translation>
    </message>
    <message>
        <source>The token is not signed (algorithm &quot;none&quot;) and was refused.</source>
        <translation>Tokenet er ikke signert (algoritme «none») og ble avvist.</translation>
    </message>
    <message>
        <source>The token is signed with a shared secret (%1); only public-key signatures are accepted.</source>
        <translation>Tokenet er signert med en delt hemmelighet (%1); bare signaturer med offentlig nøkkel godtas.</translation>
    </message>
    <message>
        <source>The token is signed with the algorithm &quot;%1&quot;, which is not accepted.</source>
        <translation>Tokenet er signert med algoritmen «%1», som ikke godtas.</translation>
    </message>
    <message>
        <source>The token is signed with %1, which is not allowed here.</source>
        <translation>Tokenet er signert med %1, som ikke er tillatt her.</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot;) that is not supported.</source>
        <translation>Tokenet krever en utvidelse («crit») som ikke støttes.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 does not fit the key it is checked with. Check that the right key is used.</source>
        <translation>Algoritmen %1 i tokenet passer ikke til nøkkelen det sjekkes med. Sjekk at riktig nøkkel brukes.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid for this key: it was changed, or signed with another key.</source>
        <translation>Tokenets signatur er ikke gyldig for denne nøkkelen: det er endret, eller signert med en annen nøkkel.</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits cannot be made here. Choose 2048, 3072 or 4096 bits.</source>
        <translation>En RSA-nøkkel på %1 bit kan ikke lages her. Velg 2048, 3072 eller 4096 bit.</translation>
    </message>
    <message>
        <source>The RSA key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>RSA-nøkkelen kunne ikke lages. Prøv igjen; hvis det fortsetter å feile, send detaljene til brukerstøtte.</translation>
    </message>
    <message>
        <source>The EC key could not be made. Try again; if it keeps failing, report the details to support.</source>
        <translation>EC-nøkkelen kunne ikke lages. Prøv igjen; hvis det fortsetter å feile, send detaljene til brukerstøtte.</translation>
    </message>
    <message>
        <source>The key file is too large to be a key (JWK). Check that you chose the right file.</source>
        <translation>Nøkkelfilen er for stor til å være en nøkkel (JWK). Sjekk at du valgte riktig fil.</translation>
    </message>
    <message>
        <source>The key is not a JSON object (JWK). Check that you chose the right file and that it was copied completely.</source>
        <translation>Nøkkelen er ikke et JSON-objekt (JWK). Sjekk at du valgte riktig fil og at den ble kopiert helt.</translation>
    </message>
    <message>
        <source>The stored private key could not be read. It may be damaged; import the key again or make a new one.</source>
        <translation>Den lagrede private nøkkelen kunne ikke leses. Den kan være skadet; importer nøkkelen på nytt eller lag en ny.</translation>
    </message>
    <message>
        <source>The public key could not be read. Check that it was copied completely.</source>
        <translation>Den offentlige nøkkelen kunne ikke leses. Sjekk at den ble kopiert helt.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Nøkkelen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The key uses an elliptic curve HelseID does not accept. Use P-256, P-384 or P-521, or an RSA key.</source>
        <translation>Nøkkelen bruker en elliptisk kurve som HelseID ikke godtar. Bruk P-256, P-384 eller P-521, eller en RSA-nøkkel.</translation>
    </message>
    <message>
        <source>This kind of key is not supported. Use an RSA key (2048 bits or more) or an EC key on P-256, P-384 or P-521.</source>
        <translation>Denne nøkkeltypen støttes ikke. Bruk en RSA-nøkkel (2048 bit eller mer) eller en EC-nøkkel på P-256, P-384 eller P-521.</translation>
    </message>
    <message>
        <source>The public key is not valid (for an EC key: the point is not on the curve). Check that the file was copied completely.</source>
        <translation>Den offentlige nøkkelen er ikke gyldig (for en EC-nøkkel: punktet ligger ikke på kurven). Sjekk at filen ble kopiert helt.</translation>
    </message>
    <message>
        <source>The private part of the key does not belong to its public part. The key file is damaged; use the original or make a new key.</source>
        <translation>Den private delen av nøkkelen hører ikke til den offentlige delen. Nøkkelfilen er skadet; bruk originalen eller lag en ny nøkkel.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>HelseID&apos;s configuration document could not be read. Check the environment settings and try again later.</source>
        <translation>Konfigurasjonsdokumentet til HelseID kunne ikke leses. Sjekk miljøinnstillingene og prøv igjen senere.</translation>
    </message>
    <message>
        <source>HelseID&apos;s configuration document names another issuer than the one configured, so it is not used. Check the environment settings.</source>
        <translation>Konfigurasjonsdokumentet til HelseID oppgir en annen utsteder enn den som er satt opp, så det brukes ikke. Sjekk miljøinnstillingene.</translation>
    </message>
</context>
<context>
    <name>DotNetRsaKeyXml</name>
    <message>
        <source>The RSA key in the configuration file (rsaPrivateKey) could not be read. Download the configuration file from the portal again.</source>
        <translation>RSA-nøkkelen i konfigurasjonsfilen (rsaPrivateKey) kunne ikke leses. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The RSA key in the configuration file is far larger than any real key. Check that you chose the file from the HelseID portal.</source>
        <translation>RSA-nøkkelen i konfigurasjonsfilen er langt større enn noen ekte nøkkel. Sjekk at du valgte filen fra HelseID-portalen.</translation>
    </message>
    <message>
        <source>The configuration file holds only the public part of the RSA key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen inneholder bare den offentlige delen av RSA-nøkkelen, så den kan ikke brukes til å logge inn i HelseID. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The simulator&apos;s start line could not be used: it must name loopback addresses for issuer, api and portal.</source>
        <translation>Startlinjen fra simulatoren kunne ikke brukes: den må oppgi loopback-adresser for issuer, api og portal.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;. Use test or prod (demo and custom environments need their addresses).</source>
        <translation>Ukjent miljø «%1». Bruk test eller prod (demo- og egendefinerte miljøer trenger adressene sine).</translation>
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
        <translation>Egendefinert miljø</translation>
    </message>
    <message>
        <source>The onboarding file names the environment «%1» with addresses that do not belong to it. The file was changed outside this program; it is not used.</source>
        <translation>Onboardingfilen oppgir miljøet «%1» med adresser som ikke hører til det. Filen er endret utenfor dette programmet og blir ikke brukt.</translation>
    </message>
</context>
<context>
    <name>EpjConfiguration</name>
    <message>
        <source>This is not a valid EPJ configuration file (%1). Export it again from the onboarding.</source>
        <translation>Dette er ikke en gyldig EPJ-konfigurasjonsfil (%1). Eksporter den på nytt fra tilkoblingen.</translation>
    </message>
    <message>
        <source>The EPJ configuration file has version %1, which this program does not know. Use a newer version of the program.</source>
        <translation>EPJ-konfigurasjonsfilen har versjon %1, som dette programmet ikke kjenner. Bruk en nyere versjon av programmet.</translation>
    </message>
    <message>
        <source>Could not read the EPJ configuration file %1. Check the path and its permissions.</source>
        <translation>Kunne ikke lese EPJ-konfigurasjonsfilen %1. Sjekk stien og rettighetene.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an EPJ configuration file.</source>
        <translation>Filen %1 er for stor til å være en EPJ-konfigurasjonsfil.</translation>
    </message>
    <message>
        <source>The configuration names an unknown algorithm.</source>
        <translation>Konfigurasjonen oppgir en ukjent algoritme.</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read. Check the file in the network settings.</source>
        <translation>Sertifikatfilen %1 kan ikke leses. Sjekk filen i nettverksinnstillingene.</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file. Choose the root certificate your IT department gave you, in PEM format.</source>
        <translation>%1 er for stor til å være en sertifikatfil. Velg rotsertifikatet du fikk fra IT-avdelingen, i PEM-format.</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Ask IT for the root certificate as PEM (Base64) and choose it again.</source>
        <translation>%1 inneholder ikke noe sertifikat i PEM-format (tekst som begynner med «-----BEGIN CERTIFICATE-----»). Be IT om rotsertifikatet som PEM (Base64), og velg det på nytt.</translation>
    </message>
    <message>
        <source>The certificates in %1 are expired or not yet valid. Check your computer&apos;s date and time, or ask IT for the current root certificate.</source>
        <translation>Sertifikatene i %1 er utløpt eller ikke gyldige ennå. Sjekk dato og klokkeslett på datamaskinen, eller be IT om det gjeldende rotsertifikatet.</translation>
    </message>
    <message>
        <source>%1 holds a certificate that is not a certificate authority (%2), for example a website&apos;s own certificate. Only a root certificate (CA) may be added: ask IT for the root certificate of the network&apos;s proxy.</source>
        <translation>%1 inneholder et sertifikat som ikke er en sertifikatutsteder (%2), for eksempel et nettsteds eget sertifikat. Bare et rotsertifikat (CA) kan legges til: be IT om rotsertifikatet til nettverkets mellomtjener (proxy).</translation>
    </message>
    <message>
        <source>The certificate file %1 has changed since it was chosen, so its certificates are not trusted. If IT gave you a new root certificate, choose the file again in the network settings and compare its fingerprint; otherwise remove it there.</source>
        <translation>Sertifikatfilen %1 er endret siden den ble valgt, så sertifikatene i den blir ikke klarert. Har IT gitt deg et nytt rotsertifikat, velger du filen på nytt i nettverksinnstillingene og sammenligner fingeravtrykket; ellers fjerner du den der.</translation>
    </message>
    <message>
        <source>The extra root certificate %1 has not been confirmed by its fingerprint, so it is not trusted. Choose the file again in the wizard&apos;s network settings and compare the fingerprint with the one IT gave you.</source>
        <translation>Det ekstra rotsertifikatet %1 er ikke bekreftet med fingeravtrykket sitt, så det blir ikke klarert. Velg filen på nytt i veiviserens nettverksinnstillinger, og sammenlign fingeravtrykket med det IT ga deg.</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Sets up the HelseID client a journal system needs for SFM.</source>
        <translation>Setter opp HelseID-klienten et journalsystem trenger for SFM.</translation>
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
        <translation>Leverandørprofilfilen som skal brukes.</translation>
    </message>
    <message>
        <source>Where onboardings are saved (for support staff and tests).</source>
        <translation>Hvor tilkoblinger lagres (for brukerstøtte og tester).</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>Bruk en mørk fargepalett.</translation>
    </message>
    <message>
        <source>Practice mode: seconds until the simulator signs (default 8).</source>
        <translation>Øvingsmodus: sekunder til simulatoren signerer (standard 8).</translation>
    </message>
    <message>
        <source>--auto-sign-seconds needs a number of seconds.</source>
        <translation>--auto-sign-seconds trenger et antall sekunder.</translation>
    </message>
    <message>
        <source>Unknown language «%1»: use nb, nn or en.</source>
        <translation>Ukjent språk «%1»: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Render every page (in nb, nn and en, or in --language) to PNG files in dir, then exit.</source>
        <translation>Lag bilder av hver side (på nb, nn og en, eller på --language) som PNG-filer i dir, og avslutt.</translation>
    </message>
    <message>
        <source>Print «shown» once the first page is on screen, then quit (for benchmarks).</source>
        <translation>Skriv «shown» når første side vises, og avslutt (for ytelsesmålinger).</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>«%1» is not a renewal window. Give a number of days, such as 30d, or of weeks, such as 4w (at most %2 days).</source>
        <translation>«%1» er ikke et gyldig tidsrom for fornyelse. Oppgi et antall dager, for eksempel 30d, eller uker, for eksempel 4w (høyst %2 dager).</translation>
    </message>
</context>
<context>
    <name>KeyHandover</name>
    <message>
        <source>Could not write the key file %1. Check that the folder exists and that you may write there.</source>
        <translation>Kunne ikke skrive nøkkelfilen %1. Sjekk at mappen finnes og at du har lov til å skrive der.</translation>
    </message>
    <message>
        <source>There is no account named «%1» on this computer. Give the account the EPJ runs as.</source>
        <translation>Det finnes ingen konto som heter «%1» på denne datamaskinen. Oppgi kontoen EPJ-en kjører som.</translation>
    </message>
    <message>
        <source>Only an administrator can make a key file for the account «%1». Run the export as administrator (root), or as that account.</source>
        <translation>Bare en administrator kan lage en nøkkelfil for kontoen «%1». Kjør eksporten som administrator (root), eller som den kontoen.</translation>
    </message>
    <message>
        <source>Say where the key file goes: choose a file name.</source>
        <translation>Si hvor nøkkelfilen skal ligge: velg et filnavn.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name in it.</source>
        <translation>%1 er en mappe: velg et filnavn i den.</translation>
    </message>
    <message>
        <source>Say which account the EPJ runs as: only that account may read the key file.</source>
        <translation>Si hvilken konto EPJ-en kjører som: bare den kontoen får lese nøkkelfilen.</translation>
    </message>
    <message>
        <source>Could not read the key file %1. Run this as the account that owns it.</source>
        <translation>Kunne ikke lese nøkkelfilen %1. Kjør dette som kontoen som eier den.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 er ikke en fil med en privat nøkkel.</translation>
    </message>
    <message>
        <source>Could not read the transfer file %1. Check the path.</source>
        <translation>Kunne ikke lese overføringsfilen %1. Sjekk stien.</translation>
    </message>
</context>
<context>
    <name>LibArchive</name>
    <message>
        <source>The zip reader (libarchive) is not installed, so the zip file cannot be opened. Install libarchive, or extract the JSON file with another tool and import that file.</source>
        <translation>Zip-leseren (libarchive) er ikke installert, så zip-filen kan ikke åpnes. Installer libarchive, eller pakk ut JSON-filen med et annet verktøy og importer den filen.</translation>
    </message>
</context>
<context>
    <name>LibQrencode</name>
    <message>
        <source>The QR code cannot be shown: the QR code library (libqrencode) is not installed. Open, copy or e-mail the link instead.</source>
        <translation>QR-koden kan ikke vises: QR-kodebiblioteket (libqrencode) er ikke installert. Åpne, kopier eller send lenken på e-post i stedet.</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>%1 (%2, process %3) since %4</source>
        <translation>%1 (%2, prosess %3) siden %4</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%1 på %2 (%3, prosess %4) siden %5</translation>
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>%1 did not answer within %2 seconds. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 svarte ikke innen %2 sekunder. Sjekk nettverkstilkoblingen og mellomtjenerinnstillingene (proxy), og prøv igjen.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than expected, so it was not read. This can happen when a proxy or login page answers instead of the server. Check your network and proxy settings.</source>
        <translation>Svaret fra %1 var større enn ventet, så det ble ikke lest. Det kan skje når en mellomtjener (proxy) eller en påloggingsside svarer i stedet for serveren. Sjekk nettverks- og proxy-innstillingene.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Forespørselen til %1 ble avbrutt.</translation>
    </message>
    <message>
        <source>The address %1 does not use https, so nothing was sent to it. Use an https address.</source>
        <translation>Adressen %1 bruker ikke https, så ingenting ble sendt dit. Bruk en https-adresse.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address. Check the environment settings.</source>
        <translation>Adressen «%1» er ikke en gyldig nettadresse. Sjekk miljøinnstillingene.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is expired or not yet valid. Check that your computer&apos;s date and time are correct; if they are, try again later or contact support.</source>
        <translation>Sikkerhetssertifikatet til %1 er utløpt eller ikke gyldig ennå. Sjekk at datoen og klokken på datamaskinen er riktige; er de det, prøv igjen senere eller kontakt brukerstøtte.</translation>
    </message>
    <message>
        <source>The security certificate presented for %1 belongs to another name, so the connection was stopped. Check the address and your proxy settings, or ask IT.</source>
        <translation>Sikkerhetssertifikatet for %1 tilhører et annet navn, så forbindelsen ble stoppet. Sjekk adressen og proxy-innstillingene, eller spør IT.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check your network and proxy settings, or ask IT.</source>
        <translation>En sikker forbindelse til %1 kunne ikke opprettes. Sjekk nettverks- og proxy-innstillingene, eller spør IT.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check your network connection, the address and your proxy settings.</source>
        <translation>Navnet %1 ble ikke funnet. Sjekk nettverkstilkoblingen, adressen og proxy-innstillingene.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and proxy settings, then try again.</source>
        <translation>%1 svarte ikke i tide. Sjekk nettverkstilkoblingen og proxy-innstillingene, og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>%1 kunne ikke nås. Sjekk nettverkstilkoblingen og proxy-innstillingene, og prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The proxy server did not let the request to %1 through. Check the proxy settings, or ask IT which proxy to use.</source>
        <translation>Mellomtjeneren (proxy) slapp ikke gjennom forespørselen til %1. Sjekk proxy-innstillingene, eller spør IT hvilken proxy som skal brukes.</translation>
    </message>
    <message>
        <source>The request to %1 failed. Check your network connection and try again.</source>
        <translation>Forespørselen til %1 mislyktes. Sjekk nettverkstilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 is busy and asked us to slow down. Wait a minute and try again.</source>
        <translation>%1 er opptatt og ba oss om å senke farten. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (HTTP %2). Try again later; if it persists, contact support.</source>
        <translation>%1 har et problem akkurat nå (HTTP %2). Prøv igjen senere; kontakt brukerstøtte hvis det vedvarer.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2). Check the client&apos;s key and permissions.</source>
        <translation>%1 nektet tilgang (HTTP %2). Sjekk klientens nøkkel og rettigheter.</translation>
    </message>
    <message>
        <source>%1 does not know the requested address (HTTP 404). Check the environment settings.</source>
        <translation>%1 kjenner ikke adressen det ble spurt etter (HTTP 404). Sjekk miljøinnstillingene.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 svarte med en feil (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 gave an answer this program cannot read. Try again later; if it persists, contact support.</source>
        <translation>%1 ga et svar som dette programmet ikke kan lese. Prøv igjen senere; kontakt brukerstøtte hvis det vedvarer.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted, so the connection was stopped. If your organization inspects network traffic, ask IT to install its root certificate on this computer or choose it under Network settings; otherwise the network may not be safe to use.</source>
        <translation>Sikkerhetssertifikatet til %1 er ikke klarert, så forbindelsen ble stoppet. Hvis organisasjonen din inspiserer nettverkstrafikken, be IT om å installere rotsertifikatet på denne datamaskinen, eller velg det under Nettverksinnstillinger; ellers er nettverket kanskje ikke trygt å bruke.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer came. Check your network connection and proxy settings, then try again in a moment.</source>
        <translation>Forbindelsen til %1 ble lukket før svaret kom. Sjekk nettverkstilkoblingen og proxy-innstillingene, og prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>HelseID did not accept the organization number: it is not on this client&apos;s list of allowed organizations (HID-1001). Ask NHN to update the client&apos;s list.</source>
        <translation>HelseID godtok ikke organisasjonsnummeret: det står ikke på klientens liste over tillatte organisasjoner (HID-1001). Be NHN oppdatere klientens liste.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization number: it is not on this client&apos;s list of allowed child organizations (HID-1002). Add it to the client, or check the number.</source>
        <translation>HelseID godtok ikke underenhetens organisasjonsnummer: det står ikke på klientens liste over tillatte underenheter (HID-1002). Legg det til i klienten, eller sjekk nummeret.</translation>
    </message>
    <message>
        <source>HelseID did not accept the child organization: the parent organization has a list of child organizations that does not include it (HID-1003). Contact NHN to have that list removed.</source>
        <translation>HelseID godtok ikke underenheten: den overordnede organisasjonen har en liste over underenheter som ikke tar den med (HID-1003). Kontakt NHN for å få den listen fjernet.</translation>
    </message>
    <message>
        <source>The organization number has the wrong format (HID-1004). It must be nine digits, with no spaces or letters.</source>
        <translation>Organisasjonsnummeret har feil format (HID-1004). Det må være ni sifre, uten mellomrom eller bokstaver.</translation>
    </message>
    <message>
        <source>This client may not send a parent organization number (HID-1005). NHN must approve and enable that first.</source>
        <translation>Denne klienten kan ikke sende et overordnet organisasjonsnummer (HID-1005). NHN må godkjenne og slå det på først.</translation>
    </message>
    <message>
        <source>This client may not send a child organization number (HID-1006). NHN must approve and enable that first; until then use the parent organization.</source>
        <translation>Denne klienten kan ikke sende organisasjonsnummer for en underenhet (HID-1006). NHN må godkjenne og slå det på først; bruk den overordnede organisasjonen inntil da.</translation>
    </message>
    <message>
        <source>HelseID found the organization details in the request malformed (HID-1007). This is a fault in this program: contact support with the technical details.</source>
        <translation>HelseID fant organisasjonsopplysningene i forespørselen feilformatert (HID-1007). Dette er en feil i dette programmet: kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers from clients that use a shared secret (HID-1008). The client must use a private key.</source>
        <translation>HelseID avviser organisasjonsnumre fra klienter som bruker en delt hemmelighet (HID-1008). Klienten må bruke en privat nøkkel.</translation>
    </message>
    <message>
        <source>HelseID refuses organization numbers sent this way in a user login (HID-1009). This is a fault in this program: contact support.</source>
        <translation>HelseID avviser organisasjonsnumre som sendes på denne måten ved brukerinnlogging (HID-1009). Dette er en feil i dette programmet: kontakt brukerstøtte.</translation>
    </message>
    <message>
        <source>The client&apos;s configuration in HelseID does not allow organization numbers to be sent (HID-1010). Contact NHN Kundesenter to have it corrected.</source>
        <translation>Klientens konfigurasjon i HelseID tillater ikke at organisasjonsnumre sendes (HID-1010). Kontakt NHN Kundesenter for å få det rettet.</translation>
    </message>
    <message>
        <source>HelseID did not recognise the client or its key. Right after the client was confirmed this is normal for up to a minute — wait and try again. Otherwise check that the client id and the key belong together and that the client has not been deleted.</source>
        <translation>HelseID kjente ikke igjen klienten eller nøkkelen. Rett etter at klienten ble bekreftet er dette normalt i inntil et minutt – vent og prøv igjen. Ellers: sjekk at klient-ID-en og nøkkelen hører sammen, og at klienten ikke er slettet.</translation>
    </message>
    <message>
        <source>HelseID did not give access to the requested scopes yet. Usually the organization has not signed the required documents, or access is still waiting for approval; check the client&apos;s status in the self-service portal.</source>
        <translation>HelseID har ikke gitt tilgang til de forespurte tilgangene ennå. Som regel har ikke virksomheten signert de nødvendige dokumentene, eller tilgangen venter fortsatt på godkjenning; sjekk klientens status i selvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>HelseID rejected the token request as invalid. Check that the computer&apos;s clock is correct; if it is, contact support with the technical details.</source>
        <translation>HelseID avviste tokenforespørselen som ugyldig. Sjekk at klokken på datamaskinen er riktig; er den det, kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>HelseID rejected the grant (it may have expired or been used already). Start again; if it keeps happening, check the computer&apos;s clock.</source>
        <translation>HelseID avviste tildelingen (den kan ha utløpt eller allerede være brukt). Start på nytt; hvis det gjentar seg, sjekk klokken på datamaskinen.</translation>
    </message>
    <message>
        <source>The client is not allowed to get tokens this way. Check that the client was created from the right Klientmal (client credentials must be allowed).</source>
        <translation>Klienten har ikke lov til å hente token på denne måten. Sjekk at klienten ble laget fra riktig klientmal (client credentials må være tillatt).</translation>
    </message>
    <message>
        <source>HelseID does not support the requested kind of token for this client. Contact support with the technical details.</source>
        <translation>HelseID støtter ikke den forespurte tokentypen for denne klienten. Kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>HelseID asked for a new proof of key possession and did not accept the retry. Try again in a moment; check the computer&apos;s clock if it persists.</source>
        <translation>HelseID ba om et nytt bevis på nøkkelbesittelse og godtok ikke det nye forsøket. Prøv igjen om litt; sjekk klokken på datamaskinen hvis det vedvarer.</translation>
    </message>
    <message>
        <source>HelseID did not accept the proof of key possession (DPoP). Check that the computer&apos;s date and time are correct, then try again.</source>
        <translation>HelseID godtok ikke beviset på nøkkelbesittelse (DPoP). Sjekk at dato og klokkeslett på datamaskinen er riktige, og prøv igjen.</translation>
    </message>
    <message>
        <source>HelseID could not issue a token right now (%1). Try again later.</source>
        <translation>HelseID kunne ikke utstede et token akkurat nå (%1). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>HelseID refused the token request. Contact support with the technical details.</source>
        <translation>HelseID avviste tokenforespørselen. Kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 sekunder</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 døgn</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 ahead of HelseID&apos;s.</source>
        <translation>HelseID avviste forespørselen fordi klokken på denne datamaskinen går %1 foran HelseIDs.</translation>
    </message>
    <message>
        <source>HelseID refused the request because the clock on this computer is %1 behind HelseID&apos;s.</source>
        <translation>HelseID avviste forespørselen fordi klokken på denne datamaskinen går %1 etter HelseIDs.</translation>
    </message>
    <message>
        <source>HelseID accepts a signed request only within a few seconds of its own time, so the EPJ on this computer will fail the same way. Set the clock right: turn on automatic time (in Windows: Settings, then Time and language, then Date and time, &quot;Set time automatically&quot;), or ask IT to, then try again.</source>
        <translation>HelseID godtar en signert forespørsel bare innenfor noen få sekunder av sin egen tid, så EPJ-en på denne datamaskinen vil feile på samme måte. Still klokken riktig: slå på automatisk tid (i Windows: Innstillinger, så Tid og språk, så Dato og klokkeslett, «Angi klokkeslett automatisk»), eller be IT gjøre det, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>OnboardingLock</name>
    <message>
        <source>The onboarding %1 is in use by %2. Finish or close it there first, then try again. If that program is no longer running (for example on a computer that was switched off), delete the lock file %3 and try again.</source>
        <translation>Tilkoblingen %1 er i bruk av %2. Fullfør eller lukk den der først, og prøv igjen. Hvis det programmet ikke lenger kjører (for eksempel på en datamaskin som ble slått av), slett låsefilen %3 og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not mark the onboarding as in use in %1. Check that you may write there, or choose another folder in the settings.</source>
        <translation>Kunne ikke merke tilkoblingen som i bruk i %1. Sjekk at du har skrivetilgang der, eller velg en annen mappe i innstillingene.</translation>
    </message>
</context>
<context>
    <name>OnboardingStore</name>
    <message>
        <source>Could not create the folder for onboarding files (%1). Check that you may write there, or choose another folder in the settings.</source>
        <translation>Kunne ikke lage mappen for tilkoblingsfiler (%1). Sjekk at du har skrivetilgang der, eller velg en annen mappe i innstillingene.</translation>
    </message>
    <message>
        <source>Could not save the onboarding in %1. Check free space and permissions; the step you just did is not lost, try again.</source>
        <translation>Kunne ikke lagre tilkoblingen i %1. Sjekk ledig plass og rettigheter; steget du nettopp gjorde er ikke tapt, prøv igjen.</translation>
    </message>
    <message>
        <source>No onboarding was found at %1. Check the name, or list the onboardings to see which exist.</source>
        <translation>Ingen tilkobling ble funnet i %1. Sjekk navnet, eller list opp tilkoblingene for å se hvilke som finnes.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an onboarding file. Check that you chose the right file.</source>
        <translation>Filen %1 er for stor til å være en tilkoblingsfil. Sjekk at du valgte riktig fil.</translation>
    </message>
    <message>
        <source>Could not read the onboarding file %1. Check its permissions.</source>
        <translation>Kunne ikke lese tilkoblingsfilen %1. Sjekk rettighetene.</translation>
    </message>
    <message>
        <source>The onboarding file %1 is damaged (not valid JSON). Start the onboarding again, or ask support to look at the file.</source>
        <translation>Tilkoblingsfilen %1 er skadet (ikke gyldig JSON). Start tilkoblingen på nytt, eller be brukerstøtte se på filen.</translation>
    </message>
    <message>
        <source>Could not delete the onboarding file %1. Check its permissions.</source>
        <translation>Kunne ikke slette tilkoblingsfilen %1. Sjekk rettighetene.</translation>
    </message>
    <message>
        <source>Say which onboarding: its id, client id or journal name.</source>
        <translation>Oppgi hvilken tilkobling: ID, klient-ID eller journalnavn.</translation>
    </message>
    <message>
        <source>More than one onboarding matches «%1». Use the full id from the list.</source>
        <translation>Mer enn én tilkobling passer med «%1». Bruk hele ID-en fra listen.</translation>
    </message>
    <message>
        <source>No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the onboarding folder.</source>
        <translation>Ingen tilkobling passer med «%1» i %2. List opp tilkoblingene for å se hvilke som finnes, eller sjekk tilkoblingsmappen.</translation>
    </message>
    <message>
        <source>The onboarding %1 was changed by another program while this one had it open, so it was not saved here (that would undo the other change). Close it here and resume it again.</source>
        <translation>Tilkoblingen %1 ble endret av et annet program mens dette hadde den åpen, så den ble ikke lagret her (det ville ha angret den andre endringen). Lukk den her og fortsett den på nytt.</translation>
    </message>
</context>
<context>
    <name>PackageFileCleanup</name>
    <message>
        <source>The file %1 could not be deleted. It holds a private key: delete it yourself (and empty the recycle bin).</source>
        <translation>Filen %1 kunne ikke slettes. Den inneholder en privat nøkkel: slett den selv (og tøm papirkurven).</translation>
    </message>
    <message>
        <source>The file %1 holds your HelseID client&apos;s private key. Anyone who gets the file (and, for the zip file, the password from the SMS) can act as your organization&apos;s client towards HelseID and SFM until the key is renewed.</source>
        <translation>Filen %1 inneholder den private nøkkelen til HelseID-klienten din. Alle som får tak i filen (og, for zip-filen, passordet fra SMS-en) kan opptre som organisasjonens klient overfor HelseID og SFM til nøkkelen fornyes.</translation>
    </message>
    <message>
        <source>The key is now in this computer&apos;s keychain, so you no longer need the file.</source>
        <translation>Nøkkelen ligger nå i nøkkelringen på denne datamaskinen, så du trenger ikke filen lenger.</translation>
    </message>
    <message>
        <source>The key is now in the passphrase-protected key file %1, so you no longer need the file from the portal.</source>
        <translation>Nøkkelen ligger nå i nøkkelfilen %1, som er beskyttet av passordfrase, så du trenger ikke filen fra portalen lenger.</translation>
    </message>
    <message>
        <source>Deleting it is recommended: this program overwrites the file before deleting it, but on SSDs, in synced folders and in backups copies may remain, so also delete any copies you made (for example in Downloads, e-mail or the recycle bin).</source>
        <translation>Vi anbefaler å slette den: dette programmet overskriver filen før den slettes, men på SSD-er, i synkroniserte mapper og i sikkerhetskopier kan kopier bli liggende, så slett også kopier du har laget (for eksempel i Nedlastinger, e-post eller papirkurven).</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>The file is far larger than any HelseID configuration file. Check that you chose the zip or JSON file from the HelseID portal.</source>
        <translation>Filen er langt større enn noen HelseID-konfigurasjonsfil. Sjekk at du valgte zip- eller JSON-filen fra HelseID-portalen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file. Choose the zip or JSON file you downloaded from the portal.</source>
        <translation>Filen %1 finnes ikke eller er ikke en fil. Velg zip- eller JSON-filen du lastet ned fra portalen.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened. Check that you may read it and try again.</source>
        <translation>Filen %1 kunne ikke åpnes. Sjekk at du har lesetilgang, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Try again, or copy it to a local disk first.</source>
        <translation>Filen %1 kunne ikke leses. Prøv igjen, eller kopier den til en lokal disk først.</translation>
    </message>
    <message>
        <source>The file is neither a zip file from the HelseID portal nor the JSON file inside it. Choose the zip file you downloaded from the portal.</source>
        <translation>Filen er verken en zip-fil fra HelseID-portalen eller JSON-filen i den. Velg zip-filen du lastet ned fra portalen.</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>Zip-filen er skadet eller ufullstendig. Last den ned fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The password does not open the zip file. Check the password from the SMS and try again (it is case-sensitive).</source>
        <translation>Passordet åpner ikke zip-filen. Sjekk passordet fra SMS-en og prøv igjen (det skiller mellom store og små bokstaver).</translation>
    </message>
    <message>
        <source>The zip file holds far more data than any HelseID configuration. Check that you chose the zip file from the HelseID portal.</source>
        <translation>Zip-filen inneholder langt mer data enn noen HelseID-konfigurasjon. Sjekk at du valgte zip-filen fra HelseID-portalen.</translation>
    </message>
    <message>
        <source>The zip file is protected by a password. Enter the password you received by SMS.</source>
        <translation>Zip-filen er beskyttet med passord. Skriv inn passordet du fikk på SMS.</translation>
    </message>
    <message>
        <source>The zip file uses an encryption or compression method this program cannot open. Extract the JSON file with another tool and import that file.</source>
        <translation>Zip-filen bruker en krypterings- eller komprimeringsmetode dette programmet ikke kan åpne. Pakk ut JSON-filen med et annet verktøy og importer den filen.</translation>
    </message>
    <message>
        <source>The zip file holds several HelseID configurations (%1), so it is not clear which one to use. Extract the one you want and import that JSON file.</source>
        <translation>Zip-filen inneholder flere HelseID-konfigurasjoner (%1), så det er uklart hvilken som skal brukes. Pakk ut den du vil ha, og importer den JSON-filen.</translation>
    </message>
    <message>
        <source>The zip file holds no HelseID configuration (a JSON file with a client ID and a key). Check that you chose the zip file from the HelseID portal.</source>
        <translation>Zip-filen inneholder ingen HelseID-konfigurasjon (en JSON-fil med klient-ID og nøkkel). Sjekk at du valgte zip-filen fra HelseID-portalen.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationParser</name>
    <message>
        <source>The configuration file is far larger than any HelseID configuration. Check that you chose the file from the HelseID portal.</source>
        <translation>Konfigurasjonsfilen er langt større enn noen HelseID-konfigurasjon. Sjekk at du valgte filen fra HelseID-portalen.</translation>
    </message>
    <message>
        <source>The configuration file is not a valid JSON file. Download it from the portal again.</source>
        <translation>Konfigurasjonsfilen er ikke en gyldig JSON-fil. Last den ned fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The client ID in the configuration file is empty or malformed. Download the configuration file from the portal again.</source>
        <translation>Klient-ID-en i konfigurasjonsfilen er tom eller feilformatert. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The client in the configuration file does not use a private key (private_key_jwt), which is the only kind this program supports. Create the client with a key pair in the portal.</source>
        <translation>Klienten i konfigurasjonsfilen bruker ikke en privat nøkkel (private_key_jwt), som er den eneste typen dette programmet støtter. Lag klienten med et nøkkelpar i portalen.</translation>
    </message>
    <message>
        <source>The configuration file holds no private key (neither «privateJwk» nor «rsaPrivateKey»). Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen inneholder ingen privat nøkkel (verken «privateJwk» eller «rsaPrivateKey»). Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file holds two different keys (privateJwk and rsaPrivateKey), so it cannot be trusted. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen inneholder to forskjellige nøkler (privateJwk og rsaPrivateKey), så den kan ikke stoles på. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file lacks the field «%1», so it is not a complete HelseID configuration. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen mangler feltet «%1», så den er ikke en fullstendig HelseID-konfigurasjon. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file has a value this program cannot use. Download the configuration file from the portal again.</source>
        <translation>Feltet «%1» i konfigurasjonsfilen har en verdi dette programmet ikke kan bruke. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The private key in the configuration file (privateJwk) could not be read. Download the configuration file from the portal again.</source>
        <translation>Den private nøkkelen i konfigurasjonsfilen (privateJwk) kunne ikke leses. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The key in the configuration file is of a kind HelseID does not accept (it must be RSA of at least 2048 bits, or EC P-256, P-384 or P-521). Create the client again in the portal and use the new configuration file.</source>
        <translation>Nøkkelen i konfigurasjonsfilen er av en type HelseID ikke godtar (den må være RSA på minst 2048 bit, eller EC P-256, P-384 eller P-521). Lag klienten på nytt i portalen og bruk den nye konfigurasjonsfilen.</translation>
    </message>
    <message>
        <source>The HelseID address (authority) in the configuration file is not a valid https address. Download the configuration file from the portal again.</source>
        <translation>HelseID-adressen (authority) i konfigurasjonsfilen er ikke en gyldig https-adresse. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The private key in the configuration file is not valid: %1 Download the configuration file from the portal again.</source>
        <translation>Den private nøkkelen i konfigurasjonsfilen er ikke gyldig: %1 Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The configuration file holds only a public key, so it cannot be used to log in to HelseID. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen inneholder bare en offentlig nøkkel, så den kan ikke brukes til å logge inn i HelseID. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The key in the configuration file is meant for the signing algorithm «%1», which HelseID does not accept (it accepts RS256/384/512, PS256/384/512 and ES256/384/512). Download the configuration file from the portal again, or ask HelseID support about the client.</source>
        <translation>Nøkkelen i konfigurasjonsfilen er ment for signeringsalgoritmen «%1», som HelseID ikke godtar (HelseID godtar RS256/384/512, PS256/384/512 og ES256/384/512). Last ned konfigurasjonsfilen fra portalen på nytt, eller spør HelseID-brukerstøtten om klienten.</translation>
    </message>
    <message>
        <source>The configuration file says the key is for the algorithm %1, which does not fit the key itself, so HelseID would refuse every sign-in. Download the configuration file from the portal again.</source>
        <translation>Konfigurasjonsfilen sier at nøkkelen er for algoritmen %1, som ikke passer til selve nøkkelen, så HelseID ville avvise hver pålogging. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The key ID (kid) in the configuration file is malformed, so HelseID would not recognize the key. Download the configuration file from the portal again.</source>
        <translation>Nøkkel-ID-en (kid) i konfigurasjonsfilen er ugyldig, så HelseID ville ikke kjenne igjen nøkkelen. Last ned konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The field «%1» in the configuration file holds an address that is neither https nor on this computer; it is left out.</source>
        <translation>Feltet «%1» i konfigurasjonsfilen har en adresse som verken er https eller på denne datamaskinen. Den er utelatt.</translation>
    </message>
</context>
<context>
    <name>PortalConfigurationValidator</name>
    <message>
        <source>The HelseID address in the file (%1) was not checked against an environment. Choose TEST or production to have it checked.</source>
        <translation>HelseID-adressen i filen (%1) ble ikke sjekket mot et miljø. Velg TEST eller produksjon for å få den sjekket.</translation>
    </message>
    <message>
        <source>This configuration file is for the HelseID at %1, but the environment you chose uses %2. Choose the environment the file was made for, or get a configuration file from the portal of the environment you want.</source>
        <translation>Denne konfigurasjonsfilen er for HelseID på %1, men miljøet du valgte bruker %2. Velg miljøet filen ble laget for, eller hent en konfigurasjonsfil fra portalen i miljøet du vil bruke.</translation>
    </message>
    <message>
        <source>The client has only the old SFM scope «%1», which is being phased out and does not work with DPoP. Add «%2» to the client in the portal.</source>
        <translation>Klienten har bare den gamle SFM-tilgangen «%1», som fases ut og ikke virker med DPoP. Legg til «%2» på klienten i portalen.</translation>
    </message>
    <message>
        <source>The client does not have the SFM scope «%1», so the journal system cannot use SFM with it. Add the scope to the client in the portal, or check that this is the right file.</source>
        <translation>Klienten har ikke SFM-tilgangen «%1», så journalsystemet kan ikke bruke SFM med den. Legg til tilgangen på klienten i portalen, eller sjekk at dette er riktig fil.</translation>
    </message>
    <message>
        <source>The client lacks scopes the journal system&apos;s vendor expects: %1. Add them to the client in the portal if the journal system needs them.</source>
        <translation>Klienten mangler tilganger som leverandøren av journalsystemet forventer: %1. Legg dem til på klienten i portalen hvis journalsystemet trenger dem.</translation>
    </message>
    <message>
        <source>The client does not have the scope «%1», so its key cannot be renewed automatically: renew it in the portal before it expires. NHN recommends adding this scope.</source>
        <translation>Klienten har ikke tilgangen «%1», så nøkkelen kan ikke fornyes automatisk: forny den i portalen før den utløper. NHN anbefaler å legge til denne tilgangen.</translation>
    </message>
    <message>
        <source>The file says the key has %1 bits, but it has %2. The key itself is used.</source>
        <translation>Filen sier at nøkkelen har %1 bit, men den har %2. Selve nøkkelen brukes.</translation>
    </message>
</context>
<context>
    <name>PracticeSimulator</name>
    <message>
        <source>Practice mode is not running.</source>
        <translation>Øvingsmodus kjører ikke.</translation>
    </message>
    <message>
        <source>Practice mode is not installed. Choose the test environment.</source>
        <translation>Øvingsmodus er ikke installert. Velg testmiljøet.</translation>
    </message>
    <message>
        <source>Practice mode could not be started. Choose the test environment.</source>
        <translation>Øvingsmodus kunne ikke startes. Velg testmiljøet.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Kunne ikke skrive %1. Sjekk at mappen finnes, at du har skrivetilgang der og at disken ikke er full.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke lage mappen %1.</translation>
    </message>
</context>
<context>
    <name>ServiceFactory</name>
    <message>
        <source>%1 The onboarding goes on with the vendor profile found now.</source>
        <translation>%1 Tilkoblingen fortsetter med leverandørprofilen som finnes nå.</translation>
    </message>
</context>
<context>
    <name>VendorProfile</name>
    <message>
        <source>The vendor profile is not valid: %1 %2. Ask the EPJ vendor for a corrected profile.</source>
        <translation>Leverandørprofilen er ikke gyldig: %1 %2. Be EPJ-leverandøren om en rettet profil.</translation>
    </message>
    <message>
        <source>is larger than any vendor profile</source>
        <translation>er større enn noen leverandørprofil</translation>
    </message>
    <message>
        <source>The vendor profile is not a JSON object. Ask the EPJ vendor for a corrected profile.</source>
        <translation>Leverandørprofilen er ikke et JSON-objekt. Be EPJ-leverandøren om en rettet profil.</translation>
    </message>
    <message>
        <source>The vendor profile has a schema version this program does not support. Update the program or ask the EPJ vendor for a profile of version 1.</source>
        <translation>Leverandørprofilen har en skjemaversjon dette programmet ikke støtter. Oppdater programmet eller be EPJ-leverandøren om en profil av versjon 1.</translation>
    </message>
    <message>
        <source>is missing or too long</source>
        <translation>mangler eller er for lang</translation>
    </message>
    <message>
        <source>must be an object of environment names and keys</source>
        <translation>må være et objekt med miljønavn og nøkler</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>må være en tekst som ikke er tom</translation>
    </message>
    <message>
        <source>must list at least one scope</source>
        <translation>må liste minst én tilgang</translation>
    </message>
    <message>
        <source>holds an entry without a valid name</source>
        <translation>har en oppføring uten gyldig navn</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>er oppført to ganger</translation>
    </message>
    <message>
        <source>must be &quot;preselected&quot; or &quot;available&quot;</source>
        <translation>må være «preselected» eller «available»</translation>
    </message>
    <message>
        <source>must be &quot;none&quot; or &quot;audienceClaimWhenExisting&quot;</source>
        <translation>må være «none» eller «audienceClaimWhenExisting»</translation>
    </message>
    <message>
        <source>is empty or too long</source>
        <translation>er tom eller for lang</translation>
    </message>
    <message>
        <source>must be a list of addresses</source>
        <translation>må være en liste med adresser</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>må begynne med /</translation>
    </message>
    <message>
        <source>must be an absolute address</source>
        <translation>må være en absolutt adresse</translation>
    </message>
    <message>
        <source>must be &quot;loopback&quot; or &quot;fixed&quot;</source>
        <translation>må være «loopback» eller «fixed»</translation>
    </message>
    <message>
        <source>must be &quot;jsonString&quot; or &quot;jsonObject&quot;</source>
        <translation>må være «jsonString» eller «jsonObject»</translation>
    </message>
    <message>
        <source>The vendor profile %1 could not be opened. Check the path and that you may read it.</source>
        <translation>Leverandørprofilen %1 kunne ikke åpnes. Sjekk stien og at du har lesetilgang.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må være et objekt</translation>
    </message>
    <message>
        <source>must be a loopback address such as http://localhost/callback or http://127.0.0.1:47813/callback</source>
        <translation>må være en lokal adresse (loopback), for eksempel http://localhost/callback eller http://127.0.0.1:47813/callback</translation>
    </message>
    <message>
        <source>must name one fixed port for production</source>
        <translation>må oppgi én fast port for produksjon</translation>
    </message>
    <message>
        <source>must list some of &quot;keychain&quot;, &quot;file&quot; and &quot;transfer&quot;, each once</source>
        <translation>må liste noen av «keychain», «file» og «transfer», hver bare én gang</translation>
    </message>
    <message>
        <source>must list at least one destination</source>
        <translation>må liste minst ett sted</translation>
    </message>
    <message>
        <source>must be one of the supported destinations</source>
        <translation>må være ett av stedene som støttes</translation>
    </message>
    <message>
        <source>is not an environment (use demo, test, prod or custom)</source>
        <translation>er ikke et miljø (bruk demo, test, prod eller custom)</translation>
    </message>
    <message>
        <source>holds «%1», which is neither an https address nor an http address on this computer</source>
        <translation>har «%1», som verken er en https-adresse eller en http-adresse på denne datamaskinen</translation>
    </message>
    <message>
        <source>must go on after {portal} with /, ? or #</source>
        <translation>må fortsette etter {portal} med /, ? eller #</translation>
    </message>
</context>
<context>
    <name>VendorProfileLocator</name>
    <message>
        <source>given on the command line</source>
        <translation>oppgitt på kommandolinjen</translation>
    </message>
    <message>
        <source>chosen in the settings</source>
        <translation>valgt i innstillingene</translation>
    </message>
    <message>
        <source>found beside the program</source>
        <translation>funnet ved siden av programmet</translation>
    </message>
    <message>
        <source>found in the system folder</source>
        <translation>funnet i systemmappen</translation>
    </message>
    <message>
        <source>found in your own settings folder</source>
        <translation>funnet i din egen innstillingsmappe</translation>
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
        <translation>Leverandørprofilen %1 (%2) kan ikke brukes: %3</translation>
    </message>
    <message>
        <source>There are several vendor profiles in %1 (%2), and the program cannot tell which one to use. Keep only your EPJ vendor&apos;s profile there, or choose one with --profile FILE or in the settings.</source>
        <translation>Det ligger flere leverandørprofiler i %1 (%2), og programmet kan ikke vite hvilken det skal bruke. La bare profilen fra EPJ-leverandøren din ligge der, eller velg én med --profile FIL eller i innstillingene.</translation>
    </message>
    <message>
        <source>No vendor profile was found (looked in: %1). The vendor profile is a small .json file from your EPJ vendor that names its Klientmal; ask the vendor for it, then put it in one of these folders or give it with --profile FILE. Practice mode needs no profile.</source>
        <translation>Fant ingen leverandørprofil (så i: %1). Leverandørprofilen er en liten .json-fil fra EPJ-leverandøren som peker på klientmalen deres. Be leverandøren om den, og legg den i en av disse mappene eller oppgi den med --profile FIL. Øvingsmodus trenger ingen profil.</translation>
    </message>
    <message>
        <source>the one this onboarding was started with</source>
        <translation>den denne tilkoblingen ble startet med</translation>
    </message>
</context>
<context>
    <name>ZipMethodCheck</name>
    <message>
        <source>The zip file is damaged or incomplete. Download it from the portal again.</source>
        <translation>Zip-filen er skadet eller ufullstendig. Last den ned fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The zip file uses the compression method %1, which a HelseID portal zip does not use and this program does not open (it reads stored and deflated entries only). Extract the JSON file with another tool and import that file.</source>
        <translation>Zip-filen bruker komprimeringsmetoden %1, som en zip-fil fra HelseID-portalen ikke bruker, og som dette programmet ikke åpner (det leser bare filer som er lagret ukomprimert eller med deflate). Pakk ut JSON-filen med et annet verktøy og importer den filen.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchFile</name>
    <message>
        <source>Could not read the batch file %1. Check the name and that you may read it.</source>
        <translation>Kunne ikke lese batchfilen %1. Sjekk navnet og at du har lov til å lese den.</translation>
    </message>
    <message>
        <source>The batch file %1 is larger than 16 MB. Split it into several files.</source>
        <translation>Batchfilen %1 er større enn 16 MB. Del den opp i flere filer.</translation>
    </message>
    <message>
        <source>The batch file has no header row. Row 1 must name the columns, e.g. organizationNumber;journalName.</source>
        <translation>Batchfilen har ingen overskriftsrad. Rad 1 må navngi kolonnene, f.eks. organisasjonsnummer;journalnavn.</translation>
    </message>
    <message>
        <source>The batch file has columns this program does not know: %1. Known columns are organizationNumber, journalName, childOrganizationNumbers, sfmId, scopes, contactEmail and language (or organisasjonsnummer, journalnavn, underenheter, sfm-id, e-post, språk). Rename or remove the others.</source>
        <translation>Batchfilen har kolonner programmet ikke kjenner: %1. Kjente kolonner er organisasjonsnummer, journalnavn, underenheter, sfm-id, scopes, e-post og språk (eller organizationNumber, journalName, childOrganizationNumbers, sfmId, contactEmail, language). Gi de andre nytt navn eller fjern dem.</translation>
    </message>
    <message>
        <source>The batch file names a column twice: %1. Keep one of them.</source>
        <translation>Batchfilen har samme kolonne to ganger: %1. Behold én av dem.</translation>
    </message>
    <message>
        <source>The batch file lacks the column %1. Row 1 must name it.</source>
        <translation>Batchfilen mangler kolonnen %1. Rad 1 må ha den.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::BatchReport</name>
    <message>
        <source>Correct the row and run the file again.</source>
        <translation>Rett raden og kjør filen på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.</source>
        <translation>
            <numerusform>%n rad: %1 klar, %2 venter på kunden, %3 trenger deg, %4 stoppet, %5 hoppet over.</numerusform>
            <numerusform>%n rader: %1 klare, %2 venter på kunden, %3 trenger deg, %4 stoppet, %5 hoppet over.</numerusform>
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
        <translation>organisasjonsnummeret mangler.</translation>
    </message>
    <message>
        <source>the journal name is missing; it tells this journal apart from the organization&apos;s others.</source>
        <translation>journalnavnet mangler; det skiller denne journalen fra organisasjonens andre.</translation>
    </message>
    <message>
        <source>child unit %1: %2</source>
        <translation>underenhet %1: %2</translation>
    </message>
    <message>
        <source>a child unit cannot have the same number as the organization itself.</source>
        <translation>en underenhet kan ikke ha samme nummer som organisasjonen selv.</translation>
    </message>
    <message>
        <source>the vendor profile does not offer the scope %1.</source>
        <translation>leverandørprofilen tilbyr ikke tilgangen (scope) %1.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>the language must be nb, nn or en, not «%1».</source>
        <translation>språket må være nb, nn eller en, ikke «%1».</translation>
    </message>
    <message>
        <source>the row has values in a column without a name in row 1: %1.</source>
        <translation>raden har verdier i en kolonne uten navn i rad 1: %1.</translation>
    </message>
    <message>
        <source>the journal «%1» of %2 is already in row %3. A journal is set up once; remove one of the rows or give the journals different names.</source>
        <translation>journalen «%1» for %2 står allerede i rad %3. En journal settes opp én gang; fjern en av radene eller gi journalene ulike navn.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::CsvReader</name>
    <message>
        <source>Row %1 opens a quotation mark that is never closed. Check that row in the spreadsheet, or save the file again as CSV.</source>
        <translation>Rad %1 åpner et anførselstegn som aldri lukkes. Sjekk den raden i regnearket, eller lagre filen som CSV på nytt.</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingAttention</name>
    <message>
        <source>Customer: confirm in the portal</source>
        <translation>Kunden: bekrefte i portalen</translation>
    </message>
    <message>
        <source>Customer: sign the documents</source>
        <translation>Kunden: signere dokumentene</translation>
    </message>
    <message>
        <source>You: resume</source>
        <translation>Du: fortsette</translation>
    </message>
    <message>
        <source>You: look at the error</source>
        <translation>Du: se på feilen</translation>
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
        <translation>Ikke sjekket ennå</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ikke bekreftet ennå</translation>
    </message>
    <message>
        <source>%1 of %2 accesses ready</source>
        <translation>%1 av %2 tilganger klare</translation>
    </message>
    <message>
        <source>All accesses ready</source>
        <translation>Alle tilganger klare</translation>
    </message>
</context>
<context>
    <name>sfm::fleet::OnboardingFiles</name>
    <message>
        <source>Could not move the onboarding file to %1. Check the folder&apos;s permissions.</source>
        <translation>Kunne ikke flytte tilkoblingsfilen til %1. Sjekk tillatelsene til mappen.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Check its permissions.</source>
        <translation>Kunne ikke slette nøkkelfilen %1. Sjekk tillatelsene til den.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SelfServiceClient</name>
    <message>
        <source>The self-service API did not accept the Klientmal API key of the vendor profile. Ask the EPJ vendor for a valid key for this environment.</source>
        <translation>Selvbetjenings-API-et godtok ikke API-nøkkelen til klientmalen i leverandørprofilen. Be EPJ-leverandøren om en gyldig nøkkel for dette miljøet.</translation>
    </message>
    <message>
        <source>the client draft</source>
        <translation>klientutkastet</translation>
    </message>
    <message>
        <source>reading the client&apos;s status</source>
        <translation>lesing av klientens status</translation>
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
        <translation>oppramsing av klientens nøkler</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::SystemBrowser</name>
    <message>
        <source>The web browser could not be opened. Open this address in a browser yourself: %1</source>
        <translation>Nettleseren kunne ikke åpnes. Åpne denne adressen i en nettleser selv: %1</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::TokenClient</name>
    <message>
        <source>The client id or its private key is missing, so no token can be requested. Import or create the key first.</source>
        <translation>Klient-ID-en eller den private nøkkelen mangler, så det kan ikke bes om token. Importer eller lag nøkkelen først.</translation>
    </message>
    <message>
        <source>HelseID answered with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID svarte med en annen type token enn DPoP-tokenet det ble bedt om. Kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
</context>
<context>
    <name>sfm::helseid::UserLogin</name>
    <message>
        <source>A login is already running.</source>
        <translation>En innlogging pågår allerede.</translation>
    </message>
    <message>
        <source>The client id or its private key is missing, so nobody can log in with this client yet.</source>
        <translation>Klient-ID-en eller den private nøkkelen mangler, så ingen kan logge inn med denne klienten ennå.</translation>
    </message>
    <message>
        <source>The test person login exists only in the test environment. In production a real person logs in.</source>
        <translation>Innlogging med testperson finnes bare i testmiljøet. I produksjon logger en ekte person inn.</translation>
    </message>
    <message>
        <source>Nobody finished the login in the browser in time. Start the login again.</source>
        <translation>Ingen fullførte innloggingen i nettleseren i tide. Start innloggingen på nytt.</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>Du er logget inn</translation>
    </message>
    <message>
        <source>You can close this window and go back to the program.</source>
        <translation>Du kan lukke dette vinduet og gå tilbake til programmet.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Innloggingen lyktes ikke</translation>
    </message>
    <message>
        <source>Go back to the program to try again.</source>
        <translation>Gå tilbake til programmet for å prøve igjen.</translation>
    </message>
    <message>
        <source>The login needs the local port %1, and another program uses it. Close that program and try again.</source>
        <translation>Innloggingen trenger den lokale porten %1, og et annet program bruker den. Lukk det programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not open a local port for the login&apos;s answer.</source>
        <translation>Kunne ikke åpne en lokal port for svaret fra innloggingen.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Innloggingen ble avbrutt.</translation>
    </message>
    <message>
        <source>HelseID does not offer the login this program uses (pushed authorization requests).</source>
        <translation>HelseID tilbyr ikke innloggingen dette programmet bruker (pushed authorization requests).</translation>
    </message>
    <message>
        <source>This login is over.</source>
        <translation>Denne innloggingen er avsluttet.</translation>
    </message>
    <message>
        <source>The answer did not come from the HelseID this login went to. Nothing was kept.</source>
        <translation>Svaret kom ikke fra den HelseID-en innloggingen gikk til. Ingenting ble tatt vare på.</translation>
    </message>
    <message>
        <source>HelseID did not let the login through: it was cancelled, or the person does not meet the requirements. HelseID said: %1</source>
        <translation>HelseID slapp ikke innloggingen gjennom: den ble avbrutt, eller personen oppfyller ikke kravene. HelseID sa: %1</translation>
    </message>
    <message>
        <source>HelseID refused the login: %1 %2</source>
        <translation>HelseID avviste innloggingen: %1 %2</translation>
    </message>
    <message>
        <source>The answer carried no login code.</source>
        <translation>Svaret hadde ingen innloggingskode.</translation>
    </message>
    <message>
        <source>HelseID answered the login with another kind of token than the DPoP token asked for. Contact support with the technical details.</source>
        <translation>HelseID svarte på innloggingen med en annen type token enn DPoP-tokenet det ble bedt om. Kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the login could not be read. Try again; if it happens again, contact support with the technical details.</source>
        <translation>Svaret fra HelseID på innloggingen kunne ikke leses. Prøv igjen; skjer det igjen, kontakt brukerstøtte med de tekniske detaljene.</translation>
    </message>
    <message>
        <source>The login&apos;s identity token does not belong to this login (issuer, client or nonce differ). Nothing was kept. Try again.</source>
        <translation>Identitetstokenet fra innloggingen hører ikke til denne innloggingen (utsteder, klient eller nonce er ulik). Ingenting ble tatt vare på. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::net::LoopbackListener</name>
    <message>
        <source>The local address for the browser&apos;s answer is not valid any more.</source>
        <translation>Den lokale adressen for svaret fra nettleseren er ikke gyldig lenger.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser&apos;s answer.</source>
        <translation>Kunne ikke åpne en lokal port for svaret fra nettleseren.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language code of the page the browser shows after it came back to the program.</extracomment>
        <translation>nb</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Du kan lukke dette vinduet.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ConfirmationListener</name>
    <message>
        <source>Could not open a local port to notice the confirmation. The onboarding still notices it by checking with HelseID, only a little later.</source>
        <translation>Kunne ikke åpne en lokal port for å merke bekreftelsen. Tilkoblingen merker den likevel ved å sjekke med HelseID, bare litt senere.</translation>
    </message>
    <message>
        <source>The client is confirmed</source>
        <translation>Klienten er bekreftet</translation>
    </message>
    <message>
        <source>Thank you! You can close this window. The wizard continues by itself: next, the agreement documents must be signed.</source>
        <translation>Takk! Du kan lukke dette vinduet. Veiviseren fortsetter selv: nå må avtaledokumentene signeres.</translation>
    </message>
    <message>
        <source>The client was not confirmed</source>
        <translation>Klienten ble ikke bekreftet</translation>
    </message>
    <message>
        <source>The portal answered with status “%1”. You can open the confirmation link again and try once more.</source>
        <translation>Portalen svarte med status «%1». Du kan åpne bekreftelseslenken på nytt og prøve igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::ContactDetails</name>
    <message>
        <source>«%1» is not an e-mail address. Give one address such as post@kommune.no, or leave it empty.</source>
        <translation>«%1» er ikke en e-postadresse. Oppgi én adresse, for eksempel post@kommune.no, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>The contact&apos;s language must be nb (Bokmål), nn (Nynorsk) or en (English), not «%1».</source>
        <translation>Kontaktens språk må være nb (bokmål), nn (nynorsk) eller en (engelsk), ikke «%1».</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::Onboarding</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>omtrent %n minutt</numerusform>
            <numerusform>omtrent %n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>The onboarding has no network access configured. This is a program error; restart the program.</source>
        <translation>Tilkoblingen har ingen nettverkstilgang satt opp. Dette er en programfeil; start programmet på nytt.</translation>
    </message>
    <message>
        <source>This onboarding has no key yet. Make or import the key first.</source>
        <translation>Denne tilkoblingen har ingen nøkkel ennå. Lag eller importer nøkkelen først.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in a passphrase-protected file. Give the passphrase to continue.</source>
        <translation>Den private nøkkelen til denne tilkoblingen ligger i en fil beskyttet av en passordfrase. Oppgi passordfrasen for å fortsette.</translation>
    </message>
    <message>
        <source>The private key of this onboarding is kept in the keychain, which is not available now. Start the keychain service, then try again.</source>
        <translation>Den private nøkkelen til denne tilkoblingen ligger i nøkkelringen, som ikke er tilgjengelig nå. Start nøkkelringtjenesten og prøv igjen.</translation>
    </message>
    <message>
        <source>The key found in the secret store is not the key this onboarding registered. Do not change keychain entries by hand; start a new onboarding.</source>
        <translation>Nøkkelen som ble funnet i hemmelighetslageret, er ikke nøkkelen denne tilkoblingen registrerte. Ikke endre oppføringer i nøkkelringen for hånd; start en ny tilkobling.</translation>
    </message>
    <message>
        <source>There is no place to keep the private key. Choose the keychain or a passphrase-protected file, then try again.</source>
        <translation>Det finnes ikke noe sted å lagre den private nøkkelen. Velg nøkkelringen eller en fil beskyttet av passordfrase, og prøv igjen.</translation>
    </message>
    <message>
        <source>Storing the private key in the keychain…</source>
        <translation>Lagrer den private nøkkelen i nøkkelringen …</translation>
    </message>
    <message>
        <source>Storing the private key in the passphrase-protected file…</source>
        <translation>Lagrer den private nøkkelen i filen beskyttet av passordfrase …</translation>
    </message>
    <message>
        <source>The key is ready (key ID %1).</source>
        <translation>Nøkkelen er klar (nøkkel-ID %1).</translation>
    </message>
    <message>
        <source>The key pair could not be made. Try again.</source>
        <translation>Nøkkelparet kunne ikke lages. Prøv igjen.</translation>
    </message>
    <message>
        <source>An earlier registration attempt got no answer, so a new client draft is made. If the earlier one was created at all, it is harmless: nobody can confirm it without its link.</source>
        <translation>Et tidligere registreringsforsøk fikk ikke svar, så et nytt klientutkast lages. Hvis det forrige i det hele tatt ble opprettet, er det ufarlig: ingen kan bekrefte det uten lenken.</translation>
    </message>
    <message>
        <source>Registering the client draft with HelseID…</source>
        <translation>Registrerer klientutkastet hos HelseID …</translation>
    </message>
    <message>
        <source>The answer to the registration was lost (%1). Try again: a new client draft will be made. If the first one was created, it is harmless: nobody can confirm it without its link.</source>
        <translation>Svaret på registreringen gikk tapt (%1). Prøv igjen: et nytt klientutkast blir laget. Hvis det første ble opprettet, er det ufarlig: ingen kan bekrefte det uten lenken.</translation>
    </message>
    <message>
        <source>The client draft is registered (client ID %1).</source>
        <translation>Klientutkastet er registrert (klient-ID %1).</translation>
    </message>
    <message>
        <source>Waiting for confirmation in the portal. Open this link, or send it to the person who confirms: %1</source>
        <translation>Venter på bekreftelse i portalen. Åpne denne lenken, eller send den til personen som skal bekrefte: %1</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed and for access to be granted…</source>
        <translation>Venter på at avtaledokumentene blir signert og at tilgang blir gitt …</translation>
    </message>
    <message>
        <source>The client is confirmed.</source>
        <translation>Klienten er bekreftet.</translation>
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
        <translation>Portalen svarte «%1» i stedet for en bekreftelse. Klienten er ikke bekreftet ennå; åpne bekreftelseslenken på nytt for å bekrefte den.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n day(s). Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>
            <numerusform>Sluttet å vente etter %n dag. Ingenting er tapt: når bekreftelsen eller signeringen er gjort, fortsett tilkoblingen (i veiviseren, eller med «sfmctl resume %1»).</numerusform>
            <numerusform>Sluttet å vente etter %n dager. Ingenting er tapt: når bekreftelsen eller signeringen er gjort, fortsett tilkoblingen (i veiviseren, eller med «sfmctl resume %1»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting: the time allowed for waiting has passed. Nothing is lost: when the confirmation or signing is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).</source>
        <translation>Sluttet å vente: tiden som var satt av til å vente, er gått. Ingenting er tapt: når bekreftelsen eller signeringen er gjort, fortsett tilkoblingen (i veiviseren, eller med «sfmctl resume %1»).</translation>
    </message>
    <message>
        <source>The client is already registered; its setup can no longer be changed. Start a new onboarding instead.</source>
        <translation>Klienten er allerede registrert; oppsettet kan ikke lenger endres. Start en ny tilkobling i stedet.</translation>
    </message>
    <message>
        <source>A registration was already sent; its setup can no longer be changed. Resume it, or start a new onboarding.</source>
        <translation>En registrering er allerede sendt; oppsettet kan ikke lenger endres. Fortsett den, eller start en ny tilkobling.</translation>
    </message>
    <message>
        <source>This step does not fit where the onboarding is now (%1).</source>
        <translation>Dette steget passer ikke med hvor tilkoblingen er nå (%1).</translation>
    </message>
    <message>
        <source>Making the key pair (RSA %1 bits, %2). This can take a few seconds…</source>
        <translation>Lager nøkkelparet (RSA %1 bit, %2). Dette kan ta noen sekunder …</translation>
    </message>
    <message>
        <source>Making the key pair (%1)…</source>
        <translation>Lager nøkkelparet (%1) …</translation>
    </message>
    <message>
        <source>This key has no private part, so it cannot be used to sign in. Choose the private key file.</source>
        <translation>Denne nøkkelen har ingen privat del, så den kan ikke brukes til å logge inn. Velg filen med den private nøkkelen.</translation>
    </message>
    <message>
        <source>The vendor profile has no API key for this environment, so the client draft cannot be made automatically. Get the Klientmal&apos;s API key from the EPJ vendor, or choose Alternative 2 or 3.</source>
        <translation>Leverandørprofilen har ingen API-nøkkel for dette miljøet, så klientutkastet kan ikke lages automatisk. Få API-nøkkelen til klientmalen fra EPJ-leverandøren, eller velg alternativ 2 eller 3.</translation>
    </message>
    <message>
        <source>Enter the client ID exactly as the portal shows it.</source>
        <translation>Skriv inn klient-ID-en nøyaktig slik portalen viser den.</translation>
    </message>
    <message>
        <source>The client is registered (client ID %1).</source>
        <translation>Klienten er registrert (klient-ID %1).</translation>
    </message>
    <message>
        <source>Import the configuration file from the portal (or enter the client ID) to continue.</source>
        <translation>Importer konfigurasjonsfilen fra portalen (eller skriv inn klient-ID-en) for å fortsette.</translation>
    </message>
    <message>
        <source>The onboarding is cancelled.</source>
        <translation>Tilkoblingen er avbrutt.</translation>
    </message>
    <message>
        <source>The configuration can be exported when the client is ready (now: %1).</source>
        <translation>Konfigurasjonen kan eksporteres når klienten er klar (nå: %1).</translation>
    </message>
    <message>
        <source>Could not write the configuration to %1. Choose another place.</source>
        <translation>Kunne ikke skrive konfigurasjonen til %1. Velg et annet sted.</translation>
    </message>
    <message>
        <source>There is no client yet to get a token for.</source>
        <translation>Det finnes ingen klient ennå å hente token for.</translation>
    </message>
    <message>
        <source>A client ID can only be given when the answer to a registration was lost.</source>
        <translation>Du kan bare oppgi en klient-ID når svaret på en registrering gikk tapt.</translation>
    </message>
    <message>
        <source>The key does not fit the signing algorithm %1 it was registered for. Import the configuration file from the portal again.</source>
        <translation>Nøkkelen passer ikke til signeringsalgoritmen %1 den ble registrert for. Importer konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The key ID is malformed. Import the configuration file from the portal again.</source>
        <translation>Nøkkel-ID-en er ugyldig. Importer konfigurasjonsfilen fra portalen på nytt.</translation>
    </message>
    <message>
        <source>The old key is kept in another secret store than the one open now; it was left where it is.</source>
        <translation>Den gamle nøkkelen ligger i et annet hemmelighetslager enn det som er åpent nå; den ble liggende der den er.</translation>
    </message>
    <message>
        <source>In HelseID&apos;s self-service portal: open Klienter and the client %1, add a new key, download the new configuration file, then import it here (sfmctl import) and export the EPJ configuration again.</source>
        <translation>I Selvbetjening for HelseID: åpne Klienter og klienten %1, legg til en ny nøkkel, last ned den nye konfigurasjonsfilen, importer den her (sfmctl import) og eksporter EPJ-konfigurasjonen på nytt.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal before %1.</source>
        <translation>Denne klienten kan ikke fornye nøkkelen sin selv: den har ikke tilgangen nhn:selvbetjening/client. Forny den i portalen før %1.</translation>
    </message>
    <message>
        <source>This client cannot renew its key itself: it does not have the scope nhn:selvbetjening/client. Renew this one in the portal.</source>
        <translation>Denne klienten kan ikke fornye nøkkelen sin selv: den har ikke tilgangen nhn:selvbetjening/client. Forny den i portalen.</translation>
    </message>
    <message>
        <source>A key can be renewed once the client is ready (now: %1).</source>
        <translation>Nøkkelen kan fornyes når klienten er klar (nå: %1).</translation>
    </message>
    <message>
        <source>Key renewal 1/4: making the new key pair…</source>
        <translation>Fornyelse av nøkkel 1/4: lager det nye nøkkelparet…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: registering the new key with HelseID…</source>
        <translation>Fornyelse av nøkkel 2/4: registrerer den nye nøkkelen hos HelseID…</translation>
    </message>
    <message>
        <source>Key renewal 2/4: asking HelseID which keys it has for the client…</source>
        <translation>Fornyelse av nøkkel 2/4: spør HelseID hvilke nøkler den har for klienten…</translation>
    </message>
    <message>
        <source>HelseID did not answer whether it registered the new key. The key in use still works. Try again later: HelseID is asked first, so the new key is never registered twice.</source>
        <translation>HelseID svarte ikke på om den nye nøkkelen ble registrert. Nøkkelen som er i bruk, virker fortsatt. Prøv igjen senere: HelseID blir spurt først, så den nye nøkkelen blir aldri registrert to ganger.</translation>
    </message>
    <message>
        <source>Key renewal 3/4: getting a token with the new key…</source>
        <translation>Fornyelse av nøkkel 3/4: henter et token med den nye nøkkelen…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the EPJ configuration with the new key ID…</source>
        <translation>Fornyelse av nøkkel 4/4: skriver EPJ-konfigurasjonen med den nye nøkkel-ID-en…</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1); it expires on %2.</source>
        <translation>Nøkkelen er fornyet (nøkkel-ID %1); den utløper %2.</translation>
    </message>
    <message>
        <source>The key is renewed (key ID %1).</source>
        <translation>Nøkkelen er fornyet (nøkkel-ID %1).</translation>
    </message>
    <message>
        <source>The key expired on %1, so HelseID no longer accepts it, and it cannot authorise its own renewal. In HelseID&apos;s self-service portal: open Klienter and the client %2, add a new key, download the new configuration file, then import it here (sfmctl import).</source>
        <translation>Nøkkelen utløp %1, så HelseID godtar den ikke lenger, og den kan ikke godkjenne sin egen fornyelse. I Selvbetjening for HelseID: åpne Klienter og klienten %2, legg til en ny nøkkel, last ned den nye konfigurasjonsfilen og importer den her (sfmctl import).</translation>
    </message>
    <message>
        <source>The old key&apos;s grace period is over; it is removed from the secret store.</source>
        <translation>Overgangstiden for den gamle nøkkelen er over; den er fjernet fra hemmelighetslageret.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Renew the key when it is done.</source>
        <translation>Et annet steg i denne tilkoblingen er i gang. Forny nøkkelen når det er ferdig.</translation>
    </message>
    <message>
        <source>The EPJ configuration is written again to %1.</source>
        <translation>EPJ-konfigurasjonen er skrevet på nytt til %1.</translation>
    </message>
    <message>
        <source>Another step of this onboarding is under way. Change the scopes when it is done.</source>
        <translation>Et annet steg i denne tilkoblingen pågår. Endre tilgangene når det er ferdig.</translation>
    </message>
    <message>
        <source>Scopes can be changed once the client is ready (now: %1).</source>
        <translation>Tilgangene kan endres når klienten er klar (nå: %1).</translation>
    </message>
    <message>
        <source>This client cannot change its scopes itself: it does not have the scope nhn:selvbetjening/client. Change them in HelseID&apos;s self-service portal (Klienter, the client %1), then import the new configuration file.</source>
        <translation>Denne klienten kan ikke endre tilgangene sine selv: den har ikke tilgangen nhn:selvbetjening/client. Endre dem i Selvbetjening for HelseID (Klienter, klienten %1), og importer så den nye konfigurasjonsfilen.</translation>
    </message>
    <message>
        <source>The scope nhn:selvbetjening/client cannot be removed: without it the client can neither read its status nor renew its key.</source>
        <translation>Tilgangen nhn:selvbetjening/client kan ikke fjernes: uten den kan klienten verken lese statusen sin eller fornye nøkkelen.</translation>
    </message>
    <message>
        <source>The scope %1 is both added and removed.</source>
        <translation>Tilgangen %1 er både lagt til og fjernet.</translation>
    </message>
    <message>
        <source>The vendor profile does not offer the scope %1.</source>
        <translation>Leverandørprofilen tilbyr ikke tilgangen %1.</translation>
    </message>
    <message>
        <source>The client already has these scopes; there is nothing to change.</source>
        <translation>Klienten har allerede disse tilgangene; det er ingenting å endre.</translation>
    </message>
    <message>
        <source>Reading the client from HelseID…</source>
        <translation>Leser klienten fra HelseID…</translation>
    </message>
    <message>
        <source>Writing the client back to HelseID with the new scopes…</source>
        <translation>Skriver klienten tilbake til HelseID med de nye tilgangene…</translation>
    </message>
    <message>
        <source>Key renewal 4/4: writing the new key to the EPJ&apos;s key file…</source>
        <translation>Nøkkelfornyelse 4/4: skriver den nye nøkkelen til EPJ-ens nøkkelfil …</translation>
    </message>
    <message>
        <source>This client cannot see whether the agreement documents are signed (it lacks the scope «%1»). Check in the portal that they are signed and say so, or run the test login as a prescriber: it proves that SFM accepts the client.</source>
        <translation>Denne klienten kan ikke se om avtaledokumentene er signert (den mangler tilgangen «%1»). Sjekk i portalen at de er signert, og si fra, eller kjør testinnloggingen som forskriver: den beviser at SFM godtar klienten.</translation>
    </message>
    <message>
        <source>The address the portal sends the browser to after Confirm (port %1 on this computer) can no longer be used, so the browser will show an error page after the confirmation. That is harmless: the regular check notices the confirmation by itself.</source>
        <translation>Adressen portalen sender nettleseren til etter Bekreft (port %1 på denne datamaskinen), kan ikke lenger brukes, så nettleseren viser en feilside etter bekreftelsen. Det er ufarlig: den jevnlige sjekken oppdager bekreftelsen av seg selv.</translation>
    </message>
    <message>
        <source>The clock on this computer differs from HelseID&apos;s by %1. While it is off, HelseID may refuse the requests of this program and of the EPJ: set the computer&apos;s clock right (turn on automatic time).</source>
        <translation>Klokken på denne datamaskinen avviker fra HelseIDs med %1. Så lenge den går feil, kan HelseID avvise forespørslene fra dette programmet og fra EPJ-en: still klokken riktig (slå på automatisk tid).</translation>
    </message>
    <message>
        <source>assigned by HelseID — visible after the first login</source>
        <translation>tildeles av HelseID – synlig etter første innlogging</translation>
    </message>
    <message>
        <source>The token does not carry the scope «%1», so SFM would refuse it: access to SFM is not granted yet (are the agreement documents signed?).</source>
        <translation>Tokenet har ikke tilgangen «%1», så SFM ville avvist det: tilgangen til SFM er ikke gitt ennå (er avtaledokumentene signert?).</translation>
    </message>
    <message>
        <source>The token has no SFM-id (the claim «%1»), so SFM would refuse it: HelseID has not assigned one to the client yet.</source>
        <translation>Tokenet har ingen SFM-id (claimen «%1»), så SFM ville avvist det: HelseID har ikke tildelt klienten en ennå.</translation>
    </message>
    <message>
        <source>The login&apos;s security level is «%1», and SFM needs 4.</source>
        <translation>Innloggingens sikkerhetsnivå er «%1», og SFM krever 4.</translation>
    </message>
    <message>
        <source>A test login is already running.</source>
        <translation>En testinnlogging pågår allerede.</translation>
    </message>
    <message>
        <source>There is no client yet to log in with.</source>
        <translation>Det finnes ingen klient ennå å logge inn med.</translation>
    </message>
    <message>
        <source>Logging in as a prescriber in the browser…</source>
        <translation>Logger inn som forskriver i nettleseren …</translation>
    </message>
    <message>
        <source>This client reads its own status from HelseID, so the program sees the signing by itself.</source>
        <translation>Denne klienten leser sin egen status fra HelseID, så programmet ser signeringen selv.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leser filen …</translation>
    </message>
    <message>
        <source>SFM needs a user: a token for «%1» comes only from a user login. Use the test login as a prescriber instead.</source>
        <translation>SFM krever en bruker: et token for «%1» får du bare fra en brukerinnlogging. Bruk testinnloggingen som forskriver i stedet.</translation>
    </message>
    <message>
        <source>HelseID does not know the client as confirmed yet. The program checks again by itself; right after a confirmation, HelseID may need a minute.</source>
        <translation>HelseID kjenner ikke klienten som bekreftet ennå. Programmet sjekker igjen av seg selv; rett etter en bekreftelse kan HelseID trenge et minutt.</translation>
    </message>
    <message>
        <source>The portal reports the client as confirmed. Checking with HelseID…</source>
        <translation>Portalen melder at klienten er bekreftet. Sjekker med HelseID…</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OnboardingData</name>
    <message>
        <source>The onboarding file is damaged or from an unknown version. Start a new onboarding, or ask support to look at the file.</source>
        <translation>Tilkoblingsfilen er skadet eller fra en ukjent versjon. Start en ny tilkobling, eller be brukerstøtte se på filen.</translation>
    </message>
    <message>
        <source>Enter the journal&apos;s SFM-id.</source>
        <translation>Skriv inn journalens SFM-id.</translation>
    </message>
    <message>
        <source>An SFM-id has at most 50 characters; this one has %1.</source>
        <translation>En SFM-id har høyst 50 tegn; denne har %1.</translation>
    </message>
    <message>
        <source>An SFM-id may contain letters, digits, «.», «-» and «_» only. Copy it again from the journal&apos;s configuration.</source>
        <translation>En SFM-id kan bare inneholde bokstaver, sifre, «.», «-» og «_». Kopier den på nytt fra journalens konfigurasjon.</translation>
    </message>
    <message>
        <source>The environment&apos;s addresses are incomplete. Choose the environment again or check the custom addresses.</source>
        <translation>Miljøets adresser er ufullstendige. Velg miljøet på nytt eller sjekk de egendefinerte adressene.</translation>
    </message>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Underenhet %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>En underenhet kan ikke ha samme nummer som organisasjonen selv.</translation>
    </message>
    <message>
        <source>Choose at least one scope (API access) for the client.</source>
        <translation>Velg minst én tilgang (API-tilgang) for klienten.</translation>
    </message>
    <message>
        <source>An RSA key must have at least %1 bits.</source>
        <translation>En RSA-nøkkel må ha minst %1 bit.</translation>
    </message>
    <message>
        <source>The onboarding file names its vendor profile by something other than a file on this computer (field vendorProfile). The file was changed outside this program; it is not used.</source>
        <translation>Onboardingfilen oppgir leverandørprofilen som noe annet enn en fil på denne datamaskinen (feltet vendorProfile). Filen er endret utenfor dette programmet og blir ikke brukt.</translation>
    </message>
    <message>
        <source>The onboarding file&apos;s contact is not usable: %1</source>
        <translation>Kontakten i tilkoblingsfilen kan ikke brukes: %1</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::OrganizationNumber</name>
    <message>
        <source>Enter the organization number (9 digits).</source>
        <translation>Skriv inn organisasjonsnummeret (9 sifre).</translation>
    </message>
    <message>
        <source>An organization number has digits only. Check what you typed and try again.</source>
        <translation>Et organisasjonsnummer har bare sifre. Sjekk det du skrev, og prøv igjen.</translation>
    </message>
    <message>
        <source>An organization number has exactly 9 digits; this one has %1.</source>
        <translation>Et organisasjonsnummer har nøyaktig 9 sifre; dette har %1.</translation>
    </message>
    <message>
        <source>This is not a valid organization number (the check digit does not match). Check it in Enhetsregisteret (brreg.no) and try again.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Sjekk det i Enhetsregisteret (brreg.no) og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>sfm::onboarding::State</name>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
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
        <translation>Venter på bekreftelse i portalen</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Venter på signering og tilgang</translation>
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
        <translation>Stoppet av en feil</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
</context>
<context>
    <name>sfm::storage::EncryptedFileSecretStore</name>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>Det finnes ingen privat nøkkel å lagre. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key file is damaged or is not an encrypted private key. Choose the right file, or start a new onboarding.</source>
        <translation>Nøkkelfilen er skadet eller er ikke en kryptert privat nøkkel. Velg riktig fil, eller start en ny tilkobling.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file. Check the passphrase and try again.</source>
        <translation>Passordfrasen åpner ikke nøkkelfilen. Sjekk passordfrasen og prøv igjen.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Use the computer where the onboarding was started, or start a new onboarding.</source>
        <translation>Nøkkelfilen %1 finnes ikke. Bruk datamaskinen der tilkoblingen ble startet, eller start en ny tilkobling.</translation>
    </message>
    <message>
        <source>Could not delete the key file %1. Delete it by hand.</source>
        <translation>Kunne ikke slette nøkkelfilen %1. Slett den for hånd.</translation>
    </message>
    <message>
        <source>The key could not be encrypted for the key file. Try again; if it keeps failing, ask support.</source>
        <translation>Nøkkelen kunne ikke krypteres for nøkkelfilen. Prøv igjen; hvis det fortsetter å feile, spør brukerstøtte.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Choose one of at least %1 characters: anyone who gets a copy of the key file can try passphrases on it without limit, and a short one is soon found. Keep it safe: without it the key cannot be used.</source>
        <translation>Passordfrasen er for kort. Velg en på minst %1 tegn: den som får en kopi av nøkkelfilen, kan prøve passordfraser på den uten grense, og en kort en blir raskt funnet. Ta godt vare på den: uten den kan ikke nøkkelen brukes.</translation>
    </message>
</context>
<context>
    <name>sfm::storage::KeychainSecretStore</name>
    <message>
        <source>The private key is not in the keychain (it may have been deleted, or this is another user account or computer). Use the computer and user account where the onboarding was started, or start a new onboarding.</source>
        <translation>Den private nøkkelen ligger ikke i nøkkelringen (den kan være slettet, eller dette er en annen brukerkonto eller datamaskin). Bruk datamaskinen og brukerkontoen der tilkoblingen ble startet, eller start en ny tilkobling.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow the application to use the keychain when asked, then try again.</source>
        <translation>Tilgang til nøkkelringen ble nektet. Gi programmet lov til å bruke nøkkelringen når du blir spurt, og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked). Unlock your keychain, then try again.</source>
        <translation>Nøkkelringen nektet tilgang (den kan være låst). Lås opp nøkkelringen og prøv igjen.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the private key cannot be stored safely there. Start the system&apos;s keychain service (on Linux e.g. GNOME Keyring or KWallet) and try again, or choose to keep the key in a passphrase-protected file.</source>
        <translation>Ingen nøkkelring er tilgjengelig på denne datamaskinen, så den private nøkkelen kan ikke lagres trygt der. Start systemets nøkkelringtjeneste (på Linux f.eks. GNOME Keyring eller KWallet) og prøv igjen, eller velg å lagre nøkkelen i en fil beskyttet av passordfrase.</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain. Delete the entry «%1» by hand in the keychain program.</source>
        <translation>Nøkkelen kunne ikke slettes fra nøkkelringen. Slett oppføringen «%1» for hånd i nøkkelringprogrammet.</translation>
    </message>
    <message>
        <source>The keychain did not answer as expected. Try again; if it keeps failing, restart the keychain service or choose to keep the key in a passphrase-protected file.</source>
        <translation>Nøkkelringen svarte ikke som forventet. Prøv igjen; hvis det fortsetter å feile, start nøkkelringtjenesten på nytt eller velg å lagre nøkkelen i en fil beskyttet av passordfrase.</translation>
    </message>
    <message>
        <source>There is no private key to store. Make or import the key again.</source>
        <translation>Det finnes ingen privat nøkkel å lagre. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The key is too large for the keychain. Choose a smaller key (RSA 4096 fits).</source>
        <translation>Nøkkelen er for stor for nøkkelringen. Velg en mindre nøkkel (RSA 4096 får plass).</translation>
    </message>
    <message>
        <source>The keychain entry «%1» does not hold a usable private key. Start a new onboarding, or ask support.</source>
        <translation>Nøkkelringoppføringen «%1» inneholder ikke en brukbar privat nøkkel. Start en ny tilkobling, eller spør brukerstøtte.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ChooseWayPage</name>
    <message>
        <source>Choose the way</source>
        <translation>Velg fremgangsmåte</translation>
    </message>
    <message>
        <source>HelseID offers three ways to make the client. All end in the same place.</source>
        <translation>HelseID har tre måter å lage klienten på. Alle ender på samme sted.</translation>
    </message>
    <message>
        <source>Pick the way that fits what you have at hand. Whichever you choose, someone with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) must confirm the client and sign the agreement documents.</source>
        <translation>Velg den måten som passer med det du har for hånden. Uansett hva du velger, må noen med Altinn-rollen «Ta i bruk HelseID for et fagsystem» på organisasjonens hovedenhet bekrefte klienten og signere avtaledokumentene.</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (recommended)</source>
        <translation>Alternativ &amp;1: automatisk via API (anbefalt)</translation>
    </message>
    <message>
        <source>Alternative &amp;1: automatically through the API (not available)</source>
        <translation>Alternativ &amp;1: automatisk via API (ikke tilgjengelig)</translation>
    </message>
    <message>
        <source>Needs the API key that is in your vendor profile — nothing more to fetch. The wizard makes the key pair and the client draft; then a person with the Altinn role confirms it in the portal (you can send them the link) and signs.</source>
        <translation>Trenger API-nøkkelen som ligger i leverandørprofilen din – ingenting mer å hente. Veiviseren lager nøkkelparet og klientutkastet; deretter bekrefter en person med Altinn-rollen det i portalen (du kan sende dem lenken) og signerer.</translation>
    </message>
    <message>
        <source>Needs an API key from your vendor&apos;s Klientmal (client template) for this environment. Your vendor profile has none, so use Alternative 2 or 3, or ask your vendor for a profile with a key.</source>
        <translation>Trenger en API-nøkkel fra leverandørens klientmal for dette miljøet. Leverandørprofilen din har ingen, så bruk alternativ 2 eller 3, eller be leverandøren om en profil med nøkkel.</translation>
    </message>
    <message>
        <source>Alternative &amp;2: package link from your vendor</source>
        <translation>Alternativ &amp;2: pakkelenke fra leverandøren</translation>
    </message>
    <message>
        <source>Needs the package link your EPJ vendor sent you, and a mobile phone for the SMS. A person with the Altinn role opens the link in the portal, which makes the client and a zip file with its key; the zip&apos;s password comes by SMS. You import the zip here.</source>
        <translation>Trenger pakkelenken EPJ-leverandøren sendte deg, og en mobiltelefon for SMS. En person med Altinn-rollen åpner lenken i portalen, som lager klienten og en zip-fil med nøkkelen; passordet til zip-filen kommer på SMS. Du importerer zip-filen her.</translation>
    </message>
    <message>
        <source>Alternative &amp;3: by hand in the portal</source>
        <translation>Alternativ &amp;3: manuelt i portalen</translation>
    </message>
    <message>
        <source>Needs access to the self-service portal (Selvbetjening). Someone creates the client from your vendor&apos;s Klientmal (client template) and downloads its configuration file (a zip, password by SMS). You import it here, or make the key here and paste its public part in the portal.</source>
        <translation>Trenger tilgang til Selvbetjening (selvbetjeningsportalen for HelseID). Noen lager klienten fra leverandørens klientmal og laster ned konfigurasjonsfilen (en zip-fil, passord på SMS). Du importerer den her, eller lager nøkkelen her og limer inn den offentlige delen i portalen.</translation>
    </message>
    <message>
        <source>Make the &amp;key pair here</source>
        <translation>Lag nøkkel&amp;paret her</translation>
    </message>
    <message>
        <source>You then paste its public key in the portal instead of downloading a zip. The private key never leaves this computer.</source>
        <translation>Da limer du inn den offentlige nøkkelen i portalen i stedet for å laste ned en zip-fil. Den private nøkkelen forlater aldri denne datamaskinen.</translation>
    </message>
    <message>
        <source>You can stop after any step and resume later from the first page.</source>
        <translation>Du kan stoppe etter hvert steg og fortsette senere fra første side.</translation>
    </message>
    <message>
        <source>Needs the vendor profile from your EPJ vendor, with an API key for this environment. No vendor profile was found on this computer (the first page says where the wizard looked), so use Alternative 2 or 3, or ask your vendor for the profile.</source>
        <translation>Trenger leverandørprofilen fra EPJ-leverandøren, med en API-nøkkel for dette miljøet. Det ble ikke funnet noen leverandørprofil på denne datamaskinen (første side viser hvor veiviseren lette), så bruk alternativ 2 eller 3, eller be leverandøren om profilen.</translation>
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
        <translation>Bekreftet. Neste: signering av avtaledokumentene og tilgang.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer. Next check in %n s.</source>
        <translation>
            <numerusform>Venter på bekreftelsen … Veiviseren merker også en bekreftelse som er gjort på en annen datamaskin. Ny sjekk om %n s.</numerusform>
            <numerusform>Venter på bekreftelsen … Veiviseren merker også en bekreftelse som er gjort på en annen datamaskin. Ny sjekk om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the confirmation… The wizard also notices a confirmation made on another computer.</source>
        <translation>Venter på bekreftelsen … Veiviseren merker også en bekreftelse som er gjort på en annen datamaskin.</translation>
    </message>
    <message>
        <source>Confirm in the portal</source>
        <translation>Bekreft i portalen</translation>
    </message>
    <message>
        <source>The client draft is registered. Now someone must confirm it.</source>
        <translation>Klientutkastet er registrert. Nå må noen bekrefte det.</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» on the organization&apos;s main entity (hovedenhet) opens this link, logs in with ID-porten (e.g. BankID) and confirms. If that is not you, send them the link.</source>
        <translation>En person med Altinn-rollen «Ta i bruk HelseID for et fagsystem» på organisasjonens hovedenhet åpner denne lenken, logger inn med ID-porten (f.eks. BankID) og bekrefter. Er det ikke deg, send lenken til vedkommende.</translation>
    </message>
    <message>
        <source>Confirmation &amp;link:</source>
        <translation>Bekreftelses&amp;lenke:</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Bekreftelseslenke</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>Å&amp;pne i nettleseren</translation>
    </message>
    <message>
        <source>&amp;Copy the link</source>
        <translation>&amp;Kopier lenken</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send på &amp;e-post …</translation>
    </message>
    <message>
        <source>QR code of the confirmation link</source>
        <translation>QR-kode for bekreftelseslenken</translation>
    </message>
    <message>
        <source>Scan to open the link on a phone.</source>
        <translation>Skann for å åpne lenken på en telefon.</translation>
    </message>
    <message>
        <source>You can close this window while you wait: the onboarding is saved, and you resume it from the first page.</source>
        <translation>Du kan lukke dette vinduet mens du venter: tilkoblingen er lagret, og du fortsetter den fra første side.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>S&amp;jekk nå</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>Endre k&amp;ontakt …</translation>
    </message>
    <message>
        <source>Whom the e-mail goes to, and in which language</source>
        <translation>Hvem e-posten går til, og på hvilket språk</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ContactDialog</name>
    <message>
        <source>Contact for the confirmation e-mail</source>
        <translation>Kontakt for e-posten om bekreftelse</translation>
    </message>
    <message>
        <source>Whom the confirmation e-mail for «%1» goes to, and in which language: the person who confirms the client in the portal.</source>
        <translation>Hvem e-posten om bekreftelse for «%1» går til, og på hvilket språk: den som bekrefter klienten i portalen.</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>f.eks. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-postadressen til kundens bekrefter</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>Språ&amp;k i e-posten:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Språket i bekreftelses-e-posten</translation>
    </message>
    <message>
        <source>Leave the address empty to choose it in the mail program. Kept on this computer only, never sent to HelseID, so it can change at any step.</source>
        <translation>La adressen stå tom for å velge den i e-postprogrammet. Lagres bare på denne datamaskinen og sendes aldri til HelseID, så den kan endres når som helst.</translation>
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
        <translation>Underenheter:</translation>
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
        <translation>Tilganger:</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Not exported yet.</source>
        <translation>Ikke eksportert ennå.</translation>
    </message>
    <message>
        <source>The key expires on %1. Renew it well before then (at least 30 days): a key left to expire stops prescribing.</source>
        <translation>Nøkkelen utløper %1. Forny den i god tid før (minst 30 dager): en nøkkel som får utløpe, stopper forskrivningen.</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires. Check it in the portal and renew it well before then: a key left to expire stops prescribing.</source>
        <translation>HelseID oppga ikke når nøkkelen utløper. Sjekk det i portalen og forny den i god tid før: en nøkkel som får utløpe, stopper forskrivningen.</translation>
    </message>
    <message>
        <source>Give the exported file to your journal system (EPJ); it names the key in this computer&apos;s keychain but does not contain it.</source>
        <translation>Gi den eksporterte filen til journalsystemet ditt (EPJ); den peker på nøkkelen i denne datamaskinens nøkkelring, men inneholder den ikke.</translation>
    </message>
    <message>
        <source>SFM in production also needs an access order for SFM/e-resept that your EPJ vendor sends to NHN. Ask your vendor whether it is in place.</source>
        <translation>SFM i produksjon krever også en tilgangsbestilling for SFM/e-resept som EPJ-leverandøren sender til NHN. Spør leverandøren om den er på plass.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Your journal system can now use SFM through this HelseID client.</source>
        <translation>Journalsystemet ditt kan nå bruke SFM gjennom denne HelseID-klienten.</translation>
    </message>
    <message>
        <source>&amp;Export the EPJ configuration…</source>
        <translation>&amp;Eksporter EPJ-konfigurasjonen …</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Hva skjer videre</translation>
    </message>
    <message>
        <source>This client renews its key through HelseID&apos;s API: «Renew key now» above, or every day unattended with «sfmctl agent install».</source>
        <translation>Denne klienten fornyer nøkkelen sin gjennom API-et til HelseID: «Forny nøkkelen nå» over, eller hver dag uten tilsyn med «sfmctl agent install».</translation>
    </message>
    <message>
        <source>Exporting the configuration…</source>
        <translation>Eksporterer konfigurasjonen …</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser…</source>
        <translation>Venter på innloggingen i nettleseren …</translation>
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
        <translation>Nøkkelfilen</translation>
    </message>
    <message>
        <source>Key file (*.pem)</source>
        <translation>Nøkkelfil (*.pem)</translation>
    </message>
    <message>
        <source>The transfer file</source>
        <translation>Overføringsfilen</translation>
    </message>
    <message>
        <source>Transfer file (*.p8.pem)</source>
        <translation>Overføringsfil (*.p8.pem)</translation>
    </message>
    <message>
        <source>The EPJ needs this configuration file and the private key. The file never contains the key; it says where the EPJ finds it.</source>
        <translation>EPJ-en trenger denne konfigurasjonsfilen og den private nøkkelen. Filen inneholder aldri nøkkelen; den sier hvor EPJ-en finner den.</translation>
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
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Velg konfigurasjonsfilen</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Velg nøkkelfilen</translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation>Velg overføringsfilen</translation>
    </message>
    <message>
        <source>Where will the EPJ read the key?</source>
        <translation>Hvor skal EPJ-en lese nøkkelen?</translation>
    </message>
    <message>
        <source>In my &amp;keychain: the EPJ runs as me, on this computer</source>
        <translation>I &amp;nøkkelringen min: EPJ-en kjører som meg, på denne datamaskinen</translation>
    </message>
    <message>
        <source>In a key &amp;file for the account the EPJ runs as (a service on this computer)</source>
        <translation>I en nøkkel&amp;fil for kontoen EPJ-en kjører som (en tjeneste på denne datamaskinen)</translation>
    </message>
    <message>
        <source>In a &amp;transfer file, to install on the computer where the EPJ runs</source>
        <translation>I en &amp;overføringsfil, som installeres på datamaskinen der EPJ-en kjører</translation>
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
        <translation>Kontoen EPJ-en kjører som</translation>
    </message>
    <message>
        <source>e.g. the service&apos;s user name</source>
        <translation>f.eks. brukernavnet til tjenesten</translation>
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
        <translation>Passordfrase for overføringsfilen</translation>
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
        <translation>Bare brukerkontoen din kan lese nøkkelen der. Velg dette når EPJ-en kjører som deg, på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. The key is also written in the JWK form beside it. Making a file for another account needs administrator rights.</source>
        <translation>Bare den kontoen (og administratorer) kan lese filen. Nøkkelen skrives også i JWK-form ved siden av. Å lage en fil for en annen konto krever administratorrettigheter.</translation>
    </message>
    <message>
        <source>Only that account (and administrators) can read the file. Making a file for another account needs administrator rights.</source>
        <translation>Bare den kontoen (og administratorer) kan lese filen. Å lage en fil for en annen konto krever administratorrettigheter.</translation>
    </message>
    <message>
        <source>Carry the transfer file and the configuration to the EPJ&apos;s computer and give the passphrase by another way. There, as the EPJ&apos;s account, run: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION. Then delete the transfer file.</source>
        <translation>Ta med overføringsfilen og konfigurasjonen til EPJ-ens datamaskin, og gi passordfrasen på en annen måte. Kjør der, som EPJ-ens konto: sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON. Slett så overføringsfilen.</translation>
    </message>
    <message>
        <source>Choose where the configuration file goes.</source>
        <translation>Velg hvor konfigurasjonsfilen skal ligge.</translation>
    </message>
    <message>
        <source>Choose where the key file goes.</source>
        <translation>Velg hvor nøkkelfilen skal ligge.</translation>
    </message>
    <message>
        <source>Name the account the EPJ runs as.</source>
        <translation>Oppgi kontoen EPJ-en kjører som.</translation>
    </message>
    <message>
        <source>Choose where the transfer file goes.</source>
        <translation>Velg hvor overføringsfilen skal ligge.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Bruk en passordfrase på minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::ImportPage</name>
    <message>
        <source>Save the public key</source>
        <translation>Lagre den offentlige nøkkelen</translation>
    </message>
    <message>
        <source>JWK (*.json)</source>
        <translation>JWK (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file. Choose another folder and try again.</source>
        <translation>Kunne ikke lagre filen. Velg en annen mappe og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose the file from the portal</source>
        <translation>Velg filen fra portalen</translation>
    </message>
    <message>
        <source>Configuration from the portal (*.zip *.json);;All files (*)</source>
        <translation>Konfigurasjon fra portalen (*.zip *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valgt: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leser filen …</translation>
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
        <translation>Tilganger: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>Keeping the key in the keychain and checking the client…</source>
        <translation>Legger nøkkelen i nøkkelringen og sjekker klienten …</translation>
    </message>
    <message>
        <source>Delete the downloaded file?</source>
        <translation>Slette den nedlastede filen?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you (the button below opens the one in your vendor profile).</source>
        <translation>Åpne pakkelenken EPJ-leverandøren sendte deg (knappen under åpner den som står i leverandørprofilen din).</translation>
    </message>
    <message>
        <source>A person with the Altinn role «Ta i bruk HelseID for et fagsystem» logs in and approves the package for organization number %1. The portal makes the client and its key pair.</source>
        <translation>En person med Altinn-rollen «Ta i bruk HelseID for et fagsystem» logger inn og godkjenner pakken for organisasjonsnummer %1. Portalen lager klienten og nøkkelparet.</translation>
    </message>
    <message>
        <source>Download the zip file the portal offers. Its password comes by SMS to that person&apos;s phone.</source>
        <translation>Last ned zip-filen portalen tilbyr. Passordet kommer på SMS til den personens telefon.</translation>
    </message>
    <message>
        <source>Choose the zip below (or drag it here) and type the SMS password.</source>
        <translation>Velg zip-filen nedenfor (eller dra den hit) og skriv inn SMS-passordet.</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (the self-service portal) and log in with ID-porten.</source>
        <translation>Åpne &lt;a href=&quot;%1&quot;&gt;Selvbetjening&lt;/a&gt; (selvbetjeningsportalen) og logg inn med ID-porten.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from the Klientmal «%1» of %2 for organization number %3.</source>
        <translation>Under «Klienter», lag en ny klient fra klientmalen «%1» fra %2 for organisasjonsnummer %3.</translation>
    </message>
    <message>
        <source>Choose the scopes your vendor asks for, at least «SFM portaler og integrasjoner».</source>
        <translation>Velg tilgangene leverandøren ber om, minst «SFM portaler og integrasjoner».</translation>
    </message>
    <message>
        <source>Choose to use your own public key and paste the one below (copy it, or save it as a file).</source>
        <translation>Velg å bruke din egen offentlige nøkkel, og lim inn den nedenfor (kopier den, eller lagre den som fil).</translation>
    </message>
    <message>
        <source>Save the client and copy its client ID into the field below.</source>
        <translation>Lagre klienten og kopier klient-ID-en inn i feltet nedenfor.</translation>
    </message>
    <message>
        <source>Let the portal make the key, and download the configuration file (a zip; its password comes by SMS).</source>
        <translation>La portalen lage nøkkelen, og last ned konfigurasjonsfilen (en zip-fil; passordet kommer på SMS).</translation>
    </message>
    <message>
        <source>Choose the file below (or drag it here) and type the SMS password.</source>
        <translation>Velg filen nedenfor (eller dra den hit) og skriv inn SMS-passordet.</translation>
    </message>
    <message>
        <source>Package from your vendor</source>
        <translation>Pakke fra leverandøren</translation>
    </message>
    <message>
        <source>Make the client in the portal</source>
        <translation>Lag klienten i portalen</translation>
    </message>
    <message>
        <source>Alternative 2: the portal makes the client from your vendor&apos;s package.</source>
        <translation>Alternativ 2: portalen lager klienten fra leverandørens pakke.</translation>
    </message>
    <message>
        <source>Alternative 3: you make the client by hand in the portal.</source>
        <translation>Alternativ 3: du lager klienten manuelt i portalen.</translation>
    </message>
    <message>
        <source>Open the &amp;package link</source>
        <translation>Åpne &amp;pakkelenken</translation>
    </message>
    <message>
        <source>Open the p&amp;ortal</source>
        <translation>Åpne p&amp;ortalen</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Åpne selvbetjeningsportalen i nettleseren</translation>
    </message>
    <message>
        <source>Your own key</source>
        <translation>Din egen nøkkel</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>O&amp;ffentlig nøkkel:</translation>
    </message>
    <message>
        <source>Public key (JWK) to paste in the portal</source>
        <translation>Offentlig nøkkel (JWK) som skal limes inn i portalen</translation>
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
        <translation>Klient-&amp;ID fra portalen:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>The file from the portal</source>
        <translation>Filen fra portalen</translation>
    </message>
    <message>
        <source>Drop the zip or JSON file here</source>
        <translation>Slipp zip- eller JSON-filen her</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>V&amp;elg fil …</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Ingen fil valgt ennå.</translation>
    </message>
    <message>
        <source>SMS pass&amp;word:</source>
        <translation>S&amp;MS-passord:</translation>
    </message>
    <message>
        <source>SMS password of the zip file</source>
        <translation>SMS-passordet til zip-filen</translation>
    </message>
    <message>
        <source>Not needed for a JSON file you extracted yourself. The password is used once and never saved.</source>
        <translation>Trengs ikke for en JSON-fil du har pakket ut selv. Passordet brukes én gang og lagres aldri.</translation>
    </message>
    <message>
        <source>Keeping the key in the passphrase-protected file and checking the client…</source>
        <translation>Legger nøkkelen i filen beskyttet av passordfrase og sjekker klienten …</translation>
    </message>
    <message>
        <source>%1

Delete the file now?</source>
        <translation>%1

Slette filen nå?</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you. No vendor profile was found on this computer, so the wizard cannot open it for you: use the link in the vendor&apos;s message.</source>
        <translation>Åpne pakkelenken EPJ-leverandøren sendte deg. Det ble ikke funnet noen leverandørprofil på denne datamaskinen, så veiviseren kan ikke åpne den for deg: bruk lenken i meldingen fra leverandøren.</translation>
    </message>
    <message>
        <source>Open the package link your EPJ vendor sent you.</source>
        <translation>Åpne pakkelenken EPJ-leverandøren sendte deg.</translation>
    </message>
    <message>
        <source>Under «Klienter», create a new client (Klient) from your EPJ vendor&apos;s Klientmal for organization number %1.</source>
        <translation>Under «Klienter», lag en ny klient fra klientmalen til EPJ-leverandøren din for organisasjonsnummer %1.</translation>
    </message>
    <message>
        <source>The wizard has no package link from a vendor profile: use the link your vendor sent you.</source>
        <translation>Veiviseren har ingen pakkelenke fra en leverandørprofil: bruk lenken leverandøren sendte deg.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyExpiryPanel</name>
    <message>
        <source>Renewing the key…</source>
        <translation>Fornyer nøkkelen…</translation>
    </message>
    <message>
        <source>HelseID did not state when the key expires.</source>
        <translation>HelseID oppga ikke når nøkkelen utløper.</translation>
    </message>
    <message>
        <source>The key expired on %1.</source>
        <translation>Nøkkelen utløp %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires on %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Nøkkelen utløper %1 (%n dag igjen).</numerusform>
            <numerusform>Nøkkelen utløper %1 (%n dager igjen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew key now</source>
        <translation>Forny nø&amp;kkelen nå</translation>
    </message>
    <message>
        <source>Registers a new key with HelseID, checks it works, switches to it and writes the EPJ configuration again. The old key keeps working for 14 days.</source>
        <translation>Registrerer en ny nøkkel hos HelseID, sjekker at den virker, bytter til den og skriver EPJ-konfigurasjonen på nytt. Den gamle nøkkelen virker i 14 dager til.</translation>
    </message>
    <message numerus="yes">
        <source>Reminder: the key expires in %n day(s); renew it in the portal now.</source>
        <translation>
            <numerusform>Påminnelse: nøkkelen utløper om %n dag; forny den i portalen nå.</numerusform>
            <numerusform>Påminnelse: nøkkelen utløper om %n dager; forny den i portalen nå.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::KeyPage</name>
    <message>
        <source>Making the key pair. RSA 4096 can take a few seconds…</source>
        <translation>Lager nøkkelparet. RSA 4096 kan ta noen sekunder …</translation>
    </message>
    <message>
        <source>EC %1 with %2 (not confirmed by HelseID)</source>
        <translation>EC %1 med %2 (ikke bekreftet av HelseID)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2 (recommended)</source>
        <translation>RSA %1 bit med %2 (anbefalt)</translation>
    </message>
    <message>
        <source>RSA %1 bits with %2</source>
        <translation>RSA %1 bit med %2</translation>
    </message>
    <message>
        <source>Make a &amp;new key pair</source>
        <translation>Lag et &amp;nytt nøkkelpar</translation>
    </message>
    <message>
        <source>&amp;Make the key pair</source>
        <translation>&amp;Lag nøkkelparet</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(ikke laget ennå)</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain, once made.</source>
        <translation>I nøkkelringen på denne datamaskinen, når det er laget.</translation>
    </message>
    <message>
        <source>In an encrypted file protected by your passphrase: %1</source>
        <translation>I en kryptert fil beskyttet av passordfrasen din: %1</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain (service «%1», entry «%2»). It never leaves this computer.</source>
        <translation>I nøkkelringen på denne datamaskinen (tjeneste «%1», oppføring «%2»). Den forlater aldri denne datamaskinen.</translation>
    </message>
    <message>
        <source>HelseID has not confirmed that it accepts EC keys for client drafts. If registration is refused, go back and choose RSA.</source>
        <translation>HelseID har ikke bekreftet at EC-nøkler godtas for klientutkast. Hvis registreringen blir avvist, gå tilbake og velg RSA.</translation>
    </message>
    <message>
        <source>Every NHN tool makes RSA keys; RSA 4096 with PS256 is what NHN&apos;s own library uses.</source>
        <translation>Alle NHN-verktøy lager RSA-nøkler; RSA 4096 med PS256 er det NHNs eget bibliotek bruker.</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Nøkkelpar</translation>
    </message>
    <message>
        <source>The client proves who it is with a private key that stays on this computer.</source>
        <translation>Klienten beviser hvem den er med en privat nøkkel som blir på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and keeps the private key before anything is sent to HelseID, so a key is never lost for a client that exists. HelseID only ever sees the public key.</source>
        <translation>Veiviseren lager et nøkkelpar og tar vare på den private nøkkelen før noe sendes til HelseID, slik at en nøkkel aldri går tapt for en klient som finnes. HelseID ser bare den offentlige nøkkelen.</translation>
    </message>
    <message>
        <source>Recommended: RSA 4096 bits with PS256, as NHN&apos;s own tools make.</source>
        <translation>Anbefalt: RSA 4096 bit med PS256, slik NHNs egne verktøy lager.</translation>
    </message>
    <message>
        <source>A&amp;dvanced: another algorithm</source>
        <translation>A&amp;vansert: en annen algoritme</translation>
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
        <translation>Bruk en &amp;kryptert fil i stedet …</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Nøkkel-ID:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Lagret:</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NetworkSettingsDialog</name>
    <message>
        <source>Choose the root certificate</source>
        <translation>Velg rotsertifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Nettverksinnstillinger</translation>
    </message>
    <message>
        <source>How the wizard reaches HelseID. Most computers use the system&apos;s settings; ask IT if your network needs a particular proxy.</source>
        <translation>Hvordan veiviseren når HelseID. De fleste datamaskiner bruker systemets innstillinger; spør IT hvis nettverket ditt trenger en bestemt mellomtjener (proxy).</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Bruk &amp;systemets proxy-innstillinger</translation>
    </message>
    <message>
        <source>&amp;No proxy (direct connection)</source>
        <translation>&amp;Ingen proxy (direkte forbindelse)</translation>
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
        <translation>f.eks. proxy.kommune.no</translation>
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
        <translation>Bare hvis IT sier at nettverket inspiserer kryptert trafikk og rotsertifikatet ikke er installert på denne datamaskinen: velg det sertifikatet (en PEM-fil). Det stoles på i tillegg til datamaskinens egne.</translation>
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
        <translation>Vel&amp;g …</translation>
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
        <translation>Klareres i tillegg til sertifikatene på denne datamaskinen. Sammenlign fingeravtrykket med det IT ga deg:
%1</translation>
    </message>
</context>
<context>
    <name>sfm::ui::NoticeList</name>
    <message>
        <source>Notices (newest first)</source>
        <translation>Meldinger (nyeste først)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldinger</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), newest first</source>
        <translation>
            <numerusform>%n melding, nyeste først</numerusform>
            <numerusform>%n meldinger, nyeste først</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfm::ui::OnboardingWizard</name>
    <message>
        <source>Practice mode is not available in this build. Choose the test environment.</source>
        <translation>Øvingsmodus er ikke tilgjengelig i denne versjonen. Velg testmiljøet.</translation>
    </message>
    <message>
        <source>The onboarding is waiting for someone to confirm or sign. You can close the wizard now and resume later: nothing is lost. Cancelling gives this onboarding up for good.</source>
        <translation>Tilkoblingen venter på at noen skal bekrefte eller signere. Du kan lukke veiviseren nå og fortsette senere: ingenting går tapt. Avbryter du, gir du opp denne tilkoblingen for godt.</translation>
    </message>
    <message>
        <source>Cancelling gives this onboarding up for good. You can also close the wizard and resume later from where you are now.</source>
        <translation>Avbryter du, gir du opp denne tilkoblingen for godt. Du kan også lukke veiviseren og fortsette senere der du er nå.</translation>
    </message>
    <message>
        <source>Cancel the onboarding?</source>
        <translation>Avbryte tilkoblingen?</translation>
    </message>
    <message>
        <source>Cancel the onboarding</source>
        <translation>Avbryt tilkoblingen</translation>
    </message>
    <message>
        <source>Close and resume later</source>
        <translation>Lukk og fortsett senere</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Fortsett å jobbe</translation>
    </message>
    <message>
        <source>Remove the private key?</source>
        <translation>Fjerne den private nøkkelen?</translation>
    </message>
    <message>
        <source>The onboarding is cancelled. Remove its private key from the keychain too? Keep it only if someone will still finish this client in the portal.</source>
        <translation>Tilkoblingen er avbrutt. Skal den private nøkkelen også fjernes fra nøkkelringen? Behold den bare hvis noen fortsatt skal fullføre denne klienten i portalen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Change the language now; nothing you entered is lost.</source>
        <translation>Bytt språk nå; ingenting du har skrevet inn går tapt.</translation>
    </message>
    <message>
        <source>SFM onboarding with HelseID</source>
        <translation>SFM-tilkobling med HelseID</translation>
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
        <translation>SFM-tilkobling</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SFM onboarding&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sets up the HelseID client your journal system (EPJ) needs for SFM, and keeps its private key in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SFM-tilkobling&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Setter opp HelseID-klienten journalsystemet ditt (EPJ) trenger for SFM, og tar vare på den private nøkkelen i nøkkelringen på denne datamaskinen.&lt;/p&gt;&lt;p&gt;Fri programvare under MIT-lisensen.&lt;/p&gt;</translation>
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
        <translation>Fant ingen leverandørprofil.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OrganizationPage</name>
    <message>
        <source>Child unit %1: %2</source>
        <translation>Underenhet %1: %2</translation>
    </message>
    <message>
        <source>A child unit cannot have the same number as the organization itself.</source>
        <translation>En underenhet kan ikke ha samme nummer som organisasjonen selv.</translation>
    </message>
    <message>
        <source>Organization and journal</source>
        <translation>Organisasjon og journal</translation>
    </message>
    <message>
        <source>Who the HelseID client is for.</source>
        <translation>Hvem HelseID-klienten er for.</translation>
    </message>
    <message>
        <source>Each journal (SFM-id) needs its own HelseID client. Use the organization number of the legal entity that runs the journal.</source>
        <translation>Hver journal (SFM-id) trenger sin egen HelseID-klient. Bruk organisasjonsnummeret til den juridiske enheten som driver journalen.</translation>
    </message>
    <message>
        <source>&amp;Organization number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>9 digits, e.g. 974760673</source>
        <translation>9 sifre, f.eks. 974760673</translation>
    </message>
    <message>
        <source>Organization number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>&amp;Child units (optional):</source>
        <translation>&amp;Underenheter (valgfritt):</translation>
    </message>
    <message>
        <source>Child units</source>
        <translation>Underenheter</translation>
    </message>
    <message>
        <source>Organization numbers separated by commas</source>
        <translation>Organisasjonsnumre skilt med komma</translation>
    </message>
    <message>
        <source>Only if the journal is used by child units (underenheter) that must be named in the client.</source>
        <translation>Bare hvis journalen brukes av underenheter som må oppgis i klienten.</translation>
    </message>
    <message>
        <source>Your own name for it, e.g. «Helsehuset Nord»</source>
        <translation>Ditt eget navn på den, f.eks. «Helsehuset Nord»</translation>
    </message>
    <message>
        <source>Name of the journal</source>
        <translation>Navn på journalen</translation>
    </message>
    <message>
        <source>Journal (SFM-id)</source>
        <translation>Journal (SFM-id)</translation>
    </message>
    <message>
        <source>A ne&amp;w journal (HelseID assigns its SFM-id)</source>
        <translation>En n&amp;y journal (HelseID tildeler SFM-id)</translation>
    </message>
    <message>
        <source>An e&amp;xisting journal: I will paste its SFM-id</source>
        <translation>En &amp;eksisterende journal: jeg limer inn SFM-id-en</translation>
    </message>
    <message>
        <source>&amp;SFM-id:</source>
        <translation>&amp;SFM-id:</translation>
    </message>
    <message>
        <source>SFM-id of the existing journal</source>
        <translation>SFM-id for den eksisterende journalen</translation>
    </message>
    <message>
        <source>Several clients may point to the same journal. A pasted SFM-id stays pending until NHN approves it.</source>
        <translation>Flere klienter kan peke på samme journal. En innlimt SFM-id venter til NHN godkjenner den.</translation>
    </message>
    <message>
        <source>Your vendor profile does not allow pointing a new client to an existing journal.</source>
        <translation>Leverandørprofilen din tillater ikke at en ny klient peker på en eksisterende journal.</translation>
    </message>
    <message>
        <source>Name of the &amp;journal:</source>
        <translation>Navn på &amp;journalen:</translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer (optional)</source>
        <translation>Kundens bekrefter (valgfritt)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>e.g. post@kommune.no</source>
        <translation>f.eks. post@kommune.no</translation>
    </message>
    <message>
        <source>E-mail of the customer&apos;s confirmer</source>
        <translation>E-postadressen til kundens bekrefter</translation>
    </message>
    <message>
        <source>L&amp;anguage of the e-mail:</source>
        <translation>Språ&amp;k i e-posten:</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>Language of the confirmation e-mail</source>
        <translation>Språket i bekreftelses-e-posten</translation>
    </message>
    <message>
        <source>Who confirms the client in the portal, if not you: the confirmation e-mail goes to this address, in this language. Kept on this computer only.</source>
        <translation>Den som bekrefter klienten i portalen, hvis det ikke er deg: e-posten om bekreftelse går til denne adressen, på dette språket. Lagres bare på denne datamaskinen.</translation>
    </message>
    <message>
        <source>This onboarding was already sent to HelseID, so the organization and the journal cannot change now. Start a new onboarding on the first page to use other ones. The customer&apos;s confirmer below can still change: it is kept on this computer only.</source>
        <translation>Denne tilkoblingen er allerede sendt til HelseID, så organisasjonen og journalen kan ikke endres nå. Start en ny tilkobling på den første siden for å bruke andre. Kundens bekrefter nedenfor kan fortsatt endres: den lagres bare på denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewActions</name>
    <message numerus="yes">
        <source>Checked %n onboarding(s); %1 in use elsewhere were left alone.</source>
        <translation>
            <numerusform>Sjekket %n tilkobling; %1 som er i bruk et annet sted, ble ikke rørt.</numerusform>
            <numerusform>Sjekket %n tilkoblinger; %1 som er i bruk et annet sted, ble ikke rørt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n onboarding(s).</source>
        <translation>
            <numerusform>Sjekket %n tilkobling.</numerusform>
            <numerusform>Sjekket %n tilkoblinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n onboarding(s) in the background…</source>
        <translation>
            <numerusform>Sjekker %n tilkobling i bakgrunnen …</numerusform>
            <numerusform>Sjekker %n tilkoblinger i bakgrunnen …</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the chosen onboardings has a confirmation link yet.</source>
        <translation>Ingen av de valgte tilkoblingene har en bekreftelseslenke ennå.</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation text for %n customer(s) is copied.</source>
        <translation>
            <numerusform>Bekreftelsesteksten for %n kunde er kopiert.</numerusform>
            <numerusform>Bekreftelsestekstene for %n kunder er kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) opened in the mail program.</source>
        <translation>
            <numerusform>%n e-post er åpnet i e-postprogrammet.</numerusform>
            <numerusform>%n e-poster er åpnet i e-postprogrammet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail could be opened (no confirmation link yet, or no mail program).</source>
        <translation>Ingen e-post kunne åpnes (ingen bekreftelseslenke ennå, eller ikke noe e-postprogram).</translation>
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
        <translation>EPJ-konfigurasjonen er skrevet til %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) moved to %1.</source>
        <translation>
            <numerusform>%n tilkobling er flyttet til %1.</numerusform>
            <numerusform>%n tilkoblinger er flyttet til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s) deleted.</source>
        <translation>
            <numerusform>%n tilkobling er slettet.</numerusform>
            <numerusform>%n tilkoblinger er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact of %1 is saved: no address (the mail program asks).</source>
        <translation>Kontakten for %1 er lagret: ingen adresse (e-postprogrammet spør).</translation>
    </message>
    <message>
        <source>The confirmation e-mail for %1 goes to %2.</source>
        <translation>E-posten om bekreftelse for %1 går til %2.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::OverviewDeleteQuestion</name>
    <message>
        <source>Delete the onboarding «%1»?</source>
        <translation>Slette tilkoblingen «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n onboarding(s)?</source>
        <translation>
            <numerusform>Slette %n tilkobling?</numerusform>
            <numerusform>Slette %n tilkoblinger?</numerusform>
        </translation>
    </message>
    <message>
        <source>• the onboarding file: %1</source>
        <translation>• tilkoblingsfilen: %1</translation>
    </message>
    <message>
        <source>• the private key in this computer&apos;s keychain</source>
        <translation>• den private nøkkelen i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>• the encrypted key file: %1</source>
        <translation>• den krypterte nøkkelfilen: %1</translation>
    </message>
    <message>
        <source>This removes from this computer:
%1</source>
        <translation>Dette fjernes fra denne datamaskinen:
%1</translation>
    </message>
    <message>
        <source>The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be brought back.</source>
        <translation>Klienten i HelseID fjernes ikke: en EPJ som allerede bruker den, fortsetter å virke. Fjern den i Selvbetjening for HelseID hvis den også skal bort. En slettet nøkkel kan ikke hentes tilbake.</translation>
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
        <translation>Søk i tilkoblingene</translation>
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
        <translation>Alle tilkoblinger</translation>
    </message>
    <message>
        <source>Needs me</source>
        <translation>Trenger meg</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Key expires within 30 days</source>
        <translation>Nøkkelen utløper innen 30 dager</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle miljøer</translation>
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
        <translation>Egendefinert</translation>
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
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>⚠ Expired %1</source>
        <translation>⚠ Utløpt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag igjen</numerusform>
            <numerusform>%n dager igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Onboarding %1</source>
        <translation>Tilkobling %1</translation>
    </message>
    <message>
        <source>Onboarding %1, client ID %2</source>
        <translation>Tilkobling %1, klient-ID %2</translation>
    </message>
    <message>
        <source>The key expires %1.</source>
        <translation>Nøkkelen utløper %1.</translation>
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
        <translation>Venter på</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen utløper</translation>
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
        <translation>Når nøkkelen utløper, er ikke kjent ennå.</translation>
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
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>New onboarding…</source>
        <translation>Ny tilkobling …</translation>
    </message>
    <message>
        <source>New onboarding</source>
        <translation>Ny tilkobling</translation>
    </message>
    <message>
        <source>Start the wizard for a new journal (%1)</source>
        <translation>Start veiviseren for en ny journal (%1)</translation>
    </message>
    <message>
        <source>One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection.</source>
        <translation>Én rad per tilkobling. Enter åpner den; menytasten viser hva du kan gjøre med utvalget.</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Filer som ikke kunne leses</translation>
    </message>
    <message>
        <source>Number of onboardings shown</source>
        <translation>Antall tilkoblinger som vises</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Sjekk nå</translation>
    </message>
    <message>
        <source>Copy confirmation link</source>
        <translation>Kopier bekreftelseslenke</translation>
    </message>
    <message>
        <source>E-mail confirmation link…</source>
        <translation>Send bekreftelseslenke på e-post …</translation>
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
        <translation>Fortsett den valgte tilkoblingen i veiviseren</translation>
    </message>
    <message>
        <source>Ask HelseID now whether the selected onboardings are confirmed and ready</source>
        <translation>Spør HelseID nå om de valgte tilkoblingene er bekreftet og klare</translation>
    </message>
    <message>
        <source>Copy the confirmation links of the selected onboardings</source>
        <translation>Kopier bekreftelseslenkene til de valgte tilkoblingene</translation>
    </message>
    <message>
        <source>Write an e-mail to each customer with their confirmation links, in the customer&apos;s language</source>
        <translation>Skriv en e-post til hver kunde med deres bekreftelseslenker, på kundens språk</translation>
    </message>
    <message>
        <source>Write the EPJ configuration of the selected ready onboardings</source>
        <translation>Skriv EPJ-konfigurasjonen for de valgte klare tilkoblingene</translation>
    </message>
    <message>
        <source>Move the selected onboardings out of the list (their files go to the archive folder)</source>
        <translation>Flytt de valgte tilkoblingene ut av listen (filene flyttes til arkivmappen)</translation>
    </message>
    <message>
        <source>Delete the selected onboardings from this computer</source>
        <translation>Slett de valgte tilkoblingene fra denne datamaskinen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding(s)</source>
        <translation>
            <numerusform>%n tilkobling</numerusform>
            <numerusform>%n tilkoblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n onboarding(s)</source>
        <translation>
            <numerusform>Viser %1 av %n tilkobling</numerusform>
            <numerusform>Viser %1 av %n tilkoblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the onboarding folder could not be read:</source>
        <translation>
            <numerusform>%n fil i tilkoblingsmappen kunne ikke leses:</numerusform>
            <numerusform>%n filer i tilkoblingsmappen kunne ikke leses:</numerusform>
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
        <translation>Slett tilkobling</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Endre kontakt …</translation>
    </message>
    <message>
        <source>Change whom the confirmation e-mail of the selected onboarding goes to, and its language</source>
        <translation>Endre hvem e-posten om bekreftelse for den valgte tilkoblingen går til, og språket i den</translation>
    </message>
</context>
<context>
    <name>sfm::ui::PassphraseDialog</name>
    <message>
        <source>Protect the key with a passphrase</source>
        <translation>Beskytt nøkkelen med en passordfrase</translation>
    </message>
    <message>
        <source>No keychain answered, so the private key will be kept in a file encrypted with a passphrase you choose. Anyone who has both the file and the passphrase can use the key. Keep the passphrase somewhere safe: without it the key cannot be used and the client needs a new key.</source>
        <translation>Ingen nøkkelring svarte, så den private nøkkelen lagres i en fil kryptert med en passordfrase du velger. Alle som har både filen og passordfrasen, kan bruke nøkkelen. Oppbevar passordfrasen trygt: uten den kan nøkkelen ikke brukes, og klienten trenger en ny nøkkel.</translation>
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
        <translation>Bruk minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
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
        <translation>Øvingsmodus: den innebygde simulatoren etterligner HelseID. Ingenting sendes til HelseID, og klienten som lages her, kan ikke brukes.</translation>
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
        <translation>Ber HelseID om tilgangen %1. Avtaledokumentene må kanskje signeres på nytt før den virker.</translation>
    </message>
    <message>
        <source>Waiting for HelseID to grant the changed scopes:</source>
        <translation>Venter på at HelseID gir de endrede tilgangene:</translation>
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
        <translation>S&amp;jekk nå</translation>
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
        <translation>Tilganger (API-tilgang)</translation>
    </message>
    <message>
        <source>What the client may use. Then the wizard sends the client draft to HelseID.</source>
        <translation>Hva klienten får bruke. Deretter sender veiviseren klientutkastet til HelseID.</translation>
    </message>
    <message>
        <source>Your vendor&apos;s Klientmal (client template) offers these scopes. «Forhåndsvalgt» (preselected) ones are checked; «Tilgjengelig» (available) ones are yours to choose.</source>
        <translation>Leverandørens klientmal tilbyr disse tilgangene. «Forhåndsvalgt» er krysset av; «Tilgjengelig» velger du selv.</translation>
    </message>
    <message>
        <source>Forhåndsvalgt (preselected)</source>
        <translation>Forhåndsvalgt</translation>
    </message>
    <message>
        <source>Tilgjengelig (available)</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>always included: the wizard reads the client&apos;s status with it</source>
        <translation>alltid med: veiviseren leser klientens status med denne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When you press Next, the client draft is sent with the public key. Nothing can be used until someone confirms it in the portal — the next page helps you with that.</source>
        <translation>Når du trykker Neste, sendes klientutkastet med den offentlige nøkkelen. Ingenting kan brukes før noen bekrefter det i portalen – neste side hjelper deg med det.</translation>
    </message>
</context>
<context>
    <name>sfm::ui::TestLoginPanel</name>
    <message>
        <source>(not in the token)</source>
        <translation>(ikke i tokenet)</translation>
    </message>
    <message>
        <source>SFM will accept this token.</source>
        <translation>SFM vil godta dette tokenet.</translation>
    </message>
    <message>
        <source>What SFM will see:</source>
        <translation>Dette vil SFM se:</translation>
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
        <translation>Sikkerhetsnivå:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>%1, child unit %2</source>
        <translation>%1, underenhet %2</translation>
    </message>
    <message>
        <source>SFM-id:</source>
        <translation>SFM-id:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Tilganger:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n minute(s)</source>
        <translation>
            <numerusform>%1, gyldig i %n minutt</numerusform>
            <numerusform>%1, gyldig i %n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT). The ID token says:</source>
        <translation>Tilgangstokenet er ugjennomsiktig (ikke en JWT). ID-tokenet sier:</translation>
    </message>
    <message>
        <source>Prove that the journal system can call SFM: log in as a prescriber with this client and see what SFM will see. In TEST a synthetic test person logs in; nothing is stored but the result.</source>
        <translation>Bevis at journalsystemet kan kalle SFM: logg inn som forskriver med denne klienten, og se hva SFM vil se. I TEST logger en syntetisk testperson inn; ingenting lagres utenom resultatet.</translation>
    </message>
    <message>
        <source>Test &amp;login as a prescriber</source>
        <translation>Test&amp;innlogging som forskriver</translation>
    </message>
    <message>
        <source>Opens the HelseID login in your browser. The token itself is not shown.</source>
        <translation>Åpner HelseIDs innlogging i nettleseren. Selve tokenet vises ikke.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Claims of the test login&apos;s token</source>
        <translation>Claims i testinnloggingens token</translation>
    </message>
</context>
<context>
    <name>sfm::ui::VendorProfilePanel</name>
    <message>
        <source>beside the program</source>
        <translation>ved siden av programmet</translation>
    </message>
    <message>
        <source>the system folder</source>
        <translation>systemmappen</translation>
    </message>
    <message>
        <source>your own settings folder</source>
        <translation>din egen innstillingsmappe</translation>
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
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>The built-in practice profile, used only in practice mode.</source>
        <translation>Den innebygde øvingsprofilen, som bare brukes i øvingsmodus.</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fil: %1 (%2)</translation>
    </message>
    <message>
        <source>It has an API key for this environment, so Alternative 1 (automatic) is possible.</source>
        <translation>Den har en API-nøkkel for dette miljøet, så alternativ 1 (automatisk) er mulig.</translation>
    </message>
    <message>
        <source>It has no API key for this environment: use Alternative 2 or 3.</source>
        <translation>Den har ingen API-nøkkel for dette miljøet: bruk alternativ 2 eller 3.</translation>
    </message>
    <message>
        <source>C&amp;hoose another profile file…</source>
        <translation>V&amp;elg en annen profilfil …</translation>
    </message>
    <message>
        <source>No vendor profile was found.</source>
        <translation>Fant ingen leverandørprofil.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>Leverandørprofilen kan ikke brukes.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose a profile file…</source>
        <translation>V&amp;elg en profilfil …</translation>
    </message>
    <message>
        <source>Choose the vendor profile</source>
        <translation>Velg leverandørprofilen</translation>
    </message>
    <message>
        <source>Vendor profiles (*.json);;All files (*)</source>
        <translation>Leverandørprofiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Until then, Alternative 1 (automatic) and the package link are not available; you can still import the portal&apos;s file (Alternatives 2 and 3).</source>
        <translation>Til da er alternativ 1 (automatisk) og pakkelenken ikke tilgjengelige; du kan fortsatt importere filen fra portalen (alternativ 2 og 3).</translation>
    </message>
    <message>
        <source>The folders looked in:</source>
        <translation>Mappene programmet så i:</translation>
    </message>
    <message>
        <source>Show the folders looked in</source>
        <translation>Vis mappene programmet så i</translation>
    </message>
    <message>
        <source>The vendor profile is a small .json file from your EPJ vendor. Ask the vendor for it, then put it in one of the folders below or choose it here.</source>
        <translation>Leverandørprofilen er en liten .json-fil fra EPJ-leverandøren. Be leverandøren om den, og legg den i en av mappene nedenfor eller velg den her.</translation>
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
        <translation>venter</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>endring venter</translation>
    </message>
    <message>
        <source>not granted yet</source>
        <translation>ikke gitt ennå</translation>
    </message>
    <message>
        <source>SFM-id</source>
        <translation>SFM-id</translation>
    </message>
    <message>
        <source>(no answer from HelseID yet)</source>
        <translation>(ikke noe svar fra HelseID ennå)</translation>
    </message>
    <message>
        <source>SFM-id: not known yet; HelseID assigns it.</source>
        <translation>SFM-id: ikke kjent ennå; HelseID tildeler den.</translation>
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
        <translation>Sjekker …</translation>
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
        <translation>Stoppet. Trykk «Sjekk nå» for å prøve igjen.</translation>
    </message>
    <message>
        <source>The HelseID client is ready</source>
        <translation>HelseID-klienten er klar</translation>
    </message>
    <message>
        <source>Every scope is granted. Export the configuration for your journal system.</source>
        <translation>Alle tilganger er gitt. Eksporter konfigurasjonen til journalsystemet ditt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting for signing and access</source>
        <translation>Venter på signering og tilgang</translation>
    </message>
    <message>
        <source>HelseID grants each scope when the agreement documents are signed.</source>
        <translation>HelseID gir hver tilgang når avtaledokumentene er signert.</translation>
    </message>
    <message>
        <source>The organization must sign the agreement documents in the portal. HelseID&apos;s own explanation of each status is shown as HelseID wrote it.</source>
        <translation>Virksomheten må signere avtaledokumentene i portalen. HelseIDs egen forklaring på hver status vises slik HelseID skrev den.</translation>
    </message>
    <message>
        <source>Status of each scope and claim</source>
        <translation>Status for hver tilgang og claim</translation>
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
        <translation>HelseID sier</translation>
    </message>
    <message>
        <source>This can take days. You can close the window: the onboarding is saved, and you resume it from the first page. The wizard checks by itself while it is open.</source>
        <translation>Dette kan ta dager. Du kan lukke vinduet: tilkoblingen er lagret, og du fortsetter den fra første side. Veiviseren sjekker selv så lenge den er åpen.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>S&amp;jekk nå</translation>
    </message>
    <message>
        <source>only the portal shows it</source>
        <translation>bare portalen viser det</translation>
    </message>
    <message>
        <source>The documents are &amp;signed (I checked in the portal)</source>
        <translation>Dokumentene er &amp;signert (jeg har sjekket i portalen)</translation>
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
        <translation>I produksjon lager du en ekte HelseID-klient for organisasjonen din, og noen med rett til det må bekrefte den og signere avtaledokumentene. Bruk testmiljøet eller øvingsmodus for å prøve deg fram først.

Fortsette i produksjon?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Sist endret %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Set up a HelseID client so your journal system (EPJ) can use SFM.</source>
        <translation>Sett opp en HelseID-klient slik at journalsystemet ditt (EPJ) kan bruke SFM.</translation>
    </message>
    <message>
        <source>This wizard makes a HelseID client for one journal of your organization, keeps its private key in this computer&apos;s keychain, waits until the client is confirmed and the agreement documents are signed, and hands your journal system a configuration it can use. You can close it at any time and resume later.</source>
        <translation>Denne veiviseren lager en HelseID-klient for én journal i organisasjonen din, tar vare på den private nøkkelen i nøkkelringen på denne datamaskinen, venter til klienten er bekreftet og avtaledokumentene er signert, og gir journalsystemet ditt en konfigurasjon det kan bruke. Du kan lukke den når som helst og fortsette senere.</translation>
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
        <translation>Øvingsmodus bruker en simulator som er bygd inn i dette programmet: ingenting sendes til HelseID. Ny her? Prøv hele veien der først; det tar noen minutter.</translation>
    </message>
    <message>
        <source>Practice mode is not part of this installation.</source>
        <translation>Øvingsmodus er ikke en del av denne installasjonen.</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Start eller fortsett</translation>
    </message>
    <message>
        <source>&amp;Resume an unfinished onboarding:</source>
        <translation>&amp;Fortsett en uferdig tilkobling:</translation>
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
        <translation>Uferdige tilkoblinger</translation>
    </message>
    <message>
        <source>There are no unfinished onboardings on this computer.</source>
        <translation>Det finnes ingen uferdige tilkoblinger på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Pro&amp;duction (PROD)</source>
        <translation>P&amp;roduksjon (PROD)</translation>
    </message>
    <message>
        <source>&amp;Start a new onboarding</source>
        <translation>Start en n&amp;y tilkobling</translation>
    </message>
    <message>
        <source>N&amp;etwork settings…</source>
        <translation>Nettverks&amp;innstillinger …</translation>
    </message>
    <message>
        <source>The proxy, and an extra root certificate, if your network needs them.</source>
        <translation>Proxy og et ekstra rotsertifikat, hvis nettverket ditt trenger dem.</translation>
    </message>
    <message>
        <source>%1 — in use by %2</source>
        <translation>%1 — i bruk av %2</translation>
    </message>
    <message>
        <source>Another program works this onboarding. Finish or close it there first.</source>
        <translation>Et annet program arbeider med denne tilkoblingen. Fullfør eller lukk den der først.</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen utløper</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>utløpt %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n dag)</numerusform>
            <numerusform>%1 (%n dager)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew this one in the portal before %1: the client cannot renew its key itself.</source>
        <translation>Forny denne i portalen før %1: klienten kan ikke fornye nøkkelen selv.</translation>
    </message>
    <message>
        <source>Renewed through HelseID&apos;s API (Renew key now, or sfmctl renew).</source>
        <translation>Fornyes gjennom HelseIDs API («Forny nøkkelen nå», eller sfmctl renew).</translation>
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
        <translation>Passord (fra SMS-en): </translation>
    </message>
    <message>
        <source>Usage: %1   (--help for more)</source>
        <translation>Bruk: %1   (--help for mer)</translation>
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
        <translation>Klientnavn:  %1</translation>
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
        <translation>Tilganger:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Key renewal: %1</source>
        <translation>Nøkkelfornyelse: %1</translation>
    </message>
    <message>
        <source>automatic through the self-service API is possible</source>
        <translation>automatisk via selvbetjenings-API-et er mulig</translation>
    </message>
    <message>
        <source>in the portal only</source>
        <translation>bare i portalen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>The zip or JSON file from the portal.</source>
        <translation>Zip- eller JSON-filen fra portalen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Oppgi nøyaktig én fil å importere.</translation>
    </message>
    <message>
        <source>--issuer needs an address such as https://helseid-sts.test.nhn.no.</source>
        <translation>--issuer trenger en adresse som https://helseid-sts.test.nhn.no.</translation>
    </message>
    <message>
        <source>--issuer does not belong to --environment %1.</source>
        <translation>--issuer hører ikke til --environment %1.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Oppgi passordet med --password-stdin.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 3 a file or value given could not be read or is invalid.</source>
        <translation>Avslutningskoder: 0 ok, 1 feil, 2 feil argumenter, 3 en fil eller verdi som ble oppgitt kunne ikke leses eller er ugyldig.</translation>
    </message>
    <message>
        <source>The key file %1 could not be opened. Check the path and that you may read it.</source>
        <translation>Nøkkelfilen %1 kunne ikke åpnes. Sjekk stien og at du har lesetilgang.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file (JWK). Check that you chose the right file.</source>
        <translation>%1 er for stor til å være en nøkkelfil (JWK). Sjekk at du valgte riktig fil.</translation>
    </message>
    <message>
        <source>%1 holds only a public key; signing needs the private key file.</source>
        <translation>%1 inneholder bare en offentlig nøkkel; signering krever filen med den private nøkkelen.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged. Choose another name or move the old file away first.</source>
        <translation>%1 finnes allerede; den ble ikke endret. Velg et annet navn eller flytt den gamle filen først.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that the folder exists and that you may write there.</source>
        <translation>%1 kunne ikke opprettes. Sjekk at mappen finnes og at du har skrivetilgang der.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?). Nothing was kept.</source>
        <translation>Skriving av %1 mislyktes (er disken full?). Ingenting ble beholdt.</translation>
    </message>
    <message>
        <source>Signing algorithm the key is for: %1. Default: PS256 (RSA), as NHN&apos;s own tools. HelseID&apos;s support for EC keys in client drafts is not confirmed: prefer RSA.</source>
        <translation>Signeringsalgoritmen nøkkelen er for: %1. Standard: PS256 (RSA), som NHNs egne verktøy. HelseIDs støtte for EC-nøkler i klientutkast er ikke bekreftet: foretrekk RSA.</translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096. Default: 4096.</source>
        <translation>RSA-nøkkelstørrelse: 2048, 3072 eller 4096. Standard: 4096.</translation>
    </message>
    <message>
        <source>Where to write the private key (JWK). The file is created readable only by you and is never overwritten.</source>
        <translation>Hvor den private nøkkelen (JWK) skal skrives. Filen lages slik at bare du kan lese den, og overskrives aldri.</translation>
    </message>
    <message>
        <source>Also write the public key (JWK, with kid, use and alg) here.</source>
        <translation>Skriv også den offentlige nøkkelen (JWK, med kid, use og alg) hit.</translation>
    </message>
    <message>
        <source>Makes a new key pair and writes it as JWK files. Prints the key id (kid, the RFC 7638 thumbprint) on stdout.</source>
        <translation>Lager et nytt nøkkelpar og skriver det som JWK-filer. Skriver nøkkel-ID-en (kid, RFC 7638-tommelavtrykket) på standard ut.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukjent algoritme «%1». Bruk en av: %2.</translation>
    </message>
    <message>
        <source>--bits is for RSA keys only; %1 uses a fixed curve.</source>
        <translation>--bits er bare for RSA-nøkler; %1 bruker en fast kurve.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits må være 2048, 3072 eller 4096.</translation>
    </message>
    <message>
        <source>Say where to write the private key with --out FILE.</source>
        <translation>Oppgi hvor den private nøkkelen skal skrives med --out FIL.</translation>
    </message>
    <message>
        <source>Making an RSA key of %1 bits… (this can take a few seconds)</source>
        <translation>Lager en RSA-nøkkel på %1 bit … (dette kan ta noen sekunder)</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable only by you). Keep it secret: whoever has it can act as your HelseID client.</source>
        <translation>Privat nøkkel skrevet til %1 (bare lesbar for deg). Hold den hemmelig: den som har den, kan opptre som HelseID-klienten din.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Offentlig nøkkel skrevet til %1.</translation>
    </message>
    <message>
        <source>A key file (JWK), public or private.</source>
        <translation>En nøkkelfil (JWK), offentlig eller privat.</translation>
    </message>
    <message>
        <source>Prints the key id (kid) of a key: its RFC 7638 SHA-256 thumbprint, base64url, as NHN&apos;s tools compute it.</source>
        <translation>Skriver nøkkel-ID-en (kid) til en nøkkel: RFC 7638 SHA-256-tommelavtrykket, base64url, slik NHNs verktøy regner det ut.</translation>
    </message>
    <message>
        <source>Give exactly one key file.</source>
        <translation>Oppgi nøyaktig én nøkkelfil.</translation>
    </message>
    <message>
        <source>%1 does not fit this key (RSA keys: RS*/PS*; EC keys: the ES* of their curve).</source>
        <translation>%1 passer ikke til denne nøkkelen (RSA-nøkler: RS*/PS*; EC-nøkler: ES* for kurven).</translation>
    </message>
    <message>
        <source>Signing algorithm. Default: the key file&apos;s &quot;alg&quot;; without one, PS256 for RSA keys and the curve&apos;s ES* for EC keys.</source>
        <translation>Signeringsalgoritme. Standard: «alg» i nøkkelfilen; uten den PS256 for RSA-nøkler og kurvens ES* for EC-nøkler.</translation>
    </message>
    <message>
        <source>Unknown key command: %1</source>
        <translation>Ukjent nøkkelkommando: %1</translation>
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
        <translation>Hver har --help.</translation>
    </message>
    <message>
        <source>The client&apos;s private key file (JWK).</source>
        <translation>Klientens private nøkkelfil (JWK).</translation>
    </message>
    <message>
        <source>The client id HelseID gave the client.</source>
        <translation>Klient-ID-en HelseID ga klienten.</translation>
    </message>
    <message>
        <source>The HelseID issuer, e.g. https://helseid-sts.test.nhn.no</source>
        <translation>HelseID-utstederen, f.eks. https://helseid-sts.test.nhn.no</translation>
    </message>
    <message>
        <source>Organization number of a child unit to act for (assertion_details).</source>
        <translation>Organisasjonsnummeret til en underenhet det skal opptres for (assertion_details).</translation>
    </message>
    <message>
        <source>Key id for the header. Default: the key&apos;s thumbprint.</source>
        <translation>Nøkkel-ID for headeren. Standard: nøkkelens tommelavtrykk.</translation>
    </message>
    <message>
        <source>Prints a fresh client assertion (private_key_jwt, valid 60 seconds) on the last line of stdout.</source>
        <translation>Skriver en ny klientpåstand (private_key_jwt, gyldig i 60 sekunder) på siste linje av standard ut.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 er påkrevd.</translation>
    </message>
    <message>
        <source>HTTP method of the request, e.g. POST.</source>
        <translation>HTTP-metoden til forespørselen, f.eks. POST.</translation>
    </message>
    <message>
        <source>Full address of the request; query and fragment are left out of the proof.</source>
        <translation>Hele adressen til forespørselen; spørring og fragment utelates fra beviset.</translation>
    </message>
    <message>
        <source>The server&apos;s DPoP-Nonce, when it asked for one.</source>
        <translation>Serverens DPoP-Nonce, når den ba om en.</translation>
    </message>
    <message>
        <source>The access token the request carries (sets ath). &quot;-&quot; reads it from stdin, which keeps it out of the process list.</source>
        <translation>Tilgangstokenet forespørselen har med seg (setter ath). «-» leser det fra standard inn, slik at det holdes utenfor prosesslisten.</translation>
    </message>
    <message>
        <source>Prints a DPoP proof (RFC 9449) for one request on the last line of stdout.</source>
        <translation>Skriver et DPoP-bevis (RFC 9449) for én forespørsel på siste linje av standard ut.</translation>
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
        <translation>Demo: simulatorens adresse (issuer), f.eks. http://127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>Demo: the JSON line the simulator printed on start (or @FILE).</source>
        <translation>Demo: JSON-linjen simulatoren skrev ut ved start (eller @FIL).</translation>
    </message>
    <message>
        <source>Custom: the HelseID issuer.</source>
        <translation>Custom: HelseID-utstederen.</translation>
    </message>
    <message>
        <source>Custom: the self-service API.</source>
        <translation>Custom: selvbetjenings-API-et.</translation>
    </message>
    <message>
        <source>Custom: the self-service portal.</source>
        <translation>Custom: selvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>The EPJ vendor&apos;s profile (Klientmal API key, scopes). Demo uses the built-in one.</source>
        <translation>EPJ-leverandørens profil (klientmalens API-nøkkel, tilganger). Demo bruker den innebygde.</translation>
    </message>
    <message>
        <source>Read the Klientmal&apos;s API key from stdin instead of the profile (also: environment variable SFM_API_KEY).</source>
        <translation>Les klientmalens API-nøkkel fra standard inn i stedet for fra profilen (også: miljøvariabelen SFM_API_KEY).</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for someone to confirm or sign.</source>
        <translation>Stopp (avslutningskode 7) når tilkoblingen venter på at noen skal bekrefte eller signere.</translation>
    </message>
    <message>
        <source>Stop waiting after this long (e.g. 14d, 36h, 90m); default 14d.</source>
        <translation>Slutt å vente etter så lang tid (f.eks. 14d, 36h, 90m); standard 14d.</translation>
    </message>
    <message>
        <source>Stop (exit 7) once this step is reached, e.g. key-ready: make and store the key now, register later.</source>
        <translation>Stopp (avslutningskode 7) når dette steget er nådd, f.eks. key-ready: lag og lagre nøkkelen nå, registrer senere.</translation>
    </message>
    <message>
        <source>When ready, write the EPJ configuration to this file.</source>
        <translation>Skriv EPJ-konfigurasjonen til denne filen når klienten er klar.</translation>
    </message>
    <message>
        <source>Seconds before the first status check (default 5).</source>
        <translation>Sekunder før første statussjekk (standard 5).</translation>
    </message>
    <message>
        <source>Longest pause between status checks (default 60).</source>
        <translation>Lengste pause mellom statussjekker (standard 60).</translation>
    </message>
    <message>
        <source>Seconds to wait after the portal&apos;s confirmation before the first check (HelseID&apos;s cache; default 15).</source>
        <translation>Sekunder å vente etter portalens bekreftelse før første sjekk (HelseIDs hurtigbuffer; standard 15).</translation>
    </message>
    <message>
        <source>Do not open a local port for the portal&apos;s redirect; notice the confirmation by checking only.</source>
        <translation>Ikke åpne en lokal port for portalens videresending; merk bekreftelsen bare ved å sjekke.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Kunne ikke lese %1.</translation>
    </message>
    <message>
        <source>The demo environment needs the simulator: start it with «sfmctl sim» and give its address with --sim-url or its start line with --sim-info.</source>
        <translation>Demomiljøet trenger simulatoren: start den med «sfmctl sim» og oppgi adressen med --sim-url eller startlinjen med --sim-info.</translation>
    </message>
    <message>
        <source>The simulator&apos;s addresses could not be read. Give --sim-url http://127.0.0.1:PORT.</source>
        <translation>Simulatorens adresser kunne ikke leses. Oppgi --sim-url http://127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>A custom environment needs --issuer, --api and --portal.</source>
        <translation>Et egendefinert miljø trenger --issuer, --api og --portal.</translation>
    </message>
    <message>
        <source>Unknown environment «%1»: use demo, test, prod or custom.</source>
        <translation>Ukjent miljø «%1»: bruk demo, test, prod eller custom.</translation>
    </message>
    <message>
        <source>Could not read the deadline «%1»: write e.g. 14d, 36h or 90m.</source>
        <translation>Kunne ikke lese fristen «%1»: skriv f.eks. 14d, 36h eller 90m.</translation>
    </message>
    <message>
        <source>Give the polling times in whole seconds (1–3600).</source>
        <translation>Oppgi tidene for statussjekk i hele sekunder (1–3600).</translation>
    </message>
    <message>
        <source>Unknown step «%1» for --stop-after: use key-ready, awaiting-confirmation or awaiting-access.</source>
        <translation>Ukjent steg «%1» for --stop-after: bruk key-ready, awaiting-confirmation eller awaiting-access.</translation>
    </message>
    <message>
        <source>The organization number (9 digits).</source>
        <translation>Organisasjonsnummeret (9 sifre).</translation>
    </message>
    <message>
        <source>A child unit&apos;s organization number (repeat for more).</source>
        <translation>Organisasjonsnummeret til en underenhet (gjenta for flere).</translation>
    </message>
    <message>
        <source>An existing journal&apos;s SFM-id (leave out for a new journal: HelseID assigns one).</source>
        <translation>SFM-id-en til en eksisterende journal (utelat for en ny journal: HelseID tildeler en).</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists.</source>
        <translation>Ditt navn på journalen, for lister.</translation>
    </message>
    <message>
        <source>A scope to ask for (repeat for more); default: the profile&apos;s preselected scopes.</source>
        <translation>En tilgang det skal bes om (gjenta for flere); standard: profilens forhåndsvalgte tilganger.</translation>
    </message>
    <message>
        <source>Key algorithm (default PS256 with RSA 4096; ES256 etc. are not confirmed by HelseID).</source>
        <translation>Nøkkelalgoritme (standard PS256 med RSA 4096; ES256 osv. er ikke bekreftet av HelseID).</translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation>RSA-nøkkelstørrelse (standard 4096).</translation>
    </message>
    <message>
        <source>Onboards one journal with Alternative 1: makes the key, keeps it in the keychain, registers the client draft, waits for confirmation and signing.</source>
        <translation>Kobler til én journal med alternativ 1: lager nøkkelen, lagrer den i nøkkelringen, registrerer klientutkastet, venter på bekreftelse og signering.</translation>
    </message>
    <message>
        <source>Give the organization number with --org.</source>
        <translation>Oppgi organisasjonsnummeret med --org.</translation>
    </message>
    <message>
        <source>The Klientmal does not offer the scope «%1». Offered: %2</source>
        <translation>Klientmalen tilbyr ikke tilgangen «%1». Tilbys: %2</translation>
    </message>
    <message>
        <source>Unknown algorithm «%1».</source>
        <translation>Ukjent algoritme «%1».</translation>
    </message>
    <message>
        <source>--bits takes a number, e.g. 4096.</source>
        <translation>--bits tar et tall, f.eks. 4096.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3).</source>
        <translation>Tilkobling %1 startet (%2, organisasjon %3).</translation>
    </message>
    <message>
        <source>Continues an unfinished onboarding from where it stopped (after a crash, a restart, --no-wait or an error).</source>
        <translation>Fortsetter en uferdig tilkobling der den stoppet (etter et krasj, en omstart, --no-wait eller en feil).</translation>
    </message>
    <message>
        <source>Say which onboarding to resume (see «sfmctl list»).</source>
        <translation>Oppgi hvilken tilkobling som skal fortsettes (se «sfmctl list»).</translation>
    </message>
    <message>
        <source>This onboarding was cancelled. Start a new one with «sfmctl onboard».</source>
        <translation>Denne tilkoblingen ble avbrutt. Start en ny med «sfmctl onboard».</translation>
    </message>
    <message>
        <source>Resuming onboarding %1 (%2).</source>
        <translation>Fortsetter tilkobling %1 (%2).</translation>
    </message>
    <message>
        <source>Shows where an onboarding stands.</source>
        <translation>Viser hvor en tilkobling står.</translation>
    </message>
    <message>
        <source>Say which onboarding (its id, client id or journal name).</source>
        <translation>Oppgi hvilken tilkobling (ID, klient-ID eller journalnavn).</translation>
    </message>
    <message>
        <source>Lists the onboardings in the folder.</source>
        <translation>Lister opp tilkoblingene i mappen.</translation>
    </message>
    <message>
        <source>No onboardings in %1.</source>
        <translation>Ingen tilkoblinger i %1.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Hoppet over: %1</translation>
    </message>
    <message>
        <source>Write the configuration here (default: print it).</source>
        <translation>Skriv konfigurasjonen hit (standard: skriv den ut).</translation>
    </message>
    <message>
        <source>The EPJ configuration is written to %1.</source>
        <translation>EPJ-konfigurasjonen er skrevet til %1.</translation>
    </message>
    <message>
        <source>An exported EPJ configuration file.</source>
        <translation>En eksportert EPJ-konfigurasjonsfil.</translation>
    </message>
    <message>
        <source>Ask on behalf of this child unit.</source>
        <translation>Be på vegne av denne underenheten.</translation>
    </message>
    <message>
        <source>Also print the access token itself (a secret: handle it with care).</source>
        <translation>Skriv også ut selve tilgangstokenet (en hemmelighet: behandle det varsomt).</translation>
    </message>
    <message>
        <source>Gets a client-credentials DPoP token with the client&apos;s key and shows its decoded header and claims.</source>
        <translation>Henter et DPoP-token (client credentials) med klientens nøkkel og viser den dekodede headeren og claims.</translation>
    </message>
    <message>
        <source>This onboarding has no client yet. Resume it first.</source>
        <translation>Denne tilkoblingen har ingen klient ennå. Fortsett den først.</translation>
    </message>
    <message>
        <source>Give an onboarding id or --config FILE.</source>
        <translation>Oppgi en tilkoblings-ID eller --config FIL.</translation>
    </message>
    <message>
        <source>Token type: %1, expires in %2 s, scope %3</source>
        <translation>Tokentype: %1, utløper om %2 s, tilgang %3</translation>
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
        <translation>På kommandolinjen: kjør på nytt med --key-store file --passphrase-stdin for å lagre nøkkelen i en fil beskyttet av passordfrase i stedet.</translation>
    </message>
    <message>
        <source>On the command line: give the passphrase with --passphrase-stdin.</source>
        <translation>På kommandolinjen: oppgi passordfrasen med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>A passphrase-protected key file needs its passphrase: give it on the first line of stdin with --passphrase-stdin.</source>
        <translation>En nøkkelfil beskyttet av passordfrase trenger passordfrasen sin: oppgi den på første linje av standard inn med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Unknown key store «%1»: use keychain or file.</source>
        <translation>Ukjent nøkkellager «%1»: bruk keychain eller file.</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Tilkobling</translation>
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
        <translation>Underenheter</translation>
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
        <translation>Nøkkel lagret i</translation>
    </message>
    <message>
        <source>Confirmation link</source>
        <translation>Bekreftelseslenke</translation>
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
        <translation>Tilganger:</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sist sjekket</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
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
        <translation>Ikke ennå: %1 (sjekker igjen av seg selv)</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl resume %1».</source>
        <translation>Avbrutt. Ingenting er tapt: fortsett med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Stopped after «%1» as asked. Continue with «sfmctl resume %2».</source>
        <translation>Stoppet etter «%1» som bedt om. Fortsett med «sfmctl resume %2».</translation>
    </message>
    <message>
        <source>Confirmation link: %1</source>
        <translation>Bekreftelseslenke: %1</translation>
    </message>
    <message>
        <source>Waiting for someone to confirm in the portal. Continue later with «sfmctl resume %1».</source>
        <translation>Venter på at noen skal bekrefte i portalen. Fortsett senere med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Waiting for the agreement documents to be signed. Continue later with «sfmctl resume %1».</source>
        <translation>Venter på at avtaledokumentene skal signeres. Fortsett senere med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>Onboarding: %1</source>
        <translation>Tilkobling: %1</translation>
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
        <translation>Mappen med tilkoblingsfilene.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Print one JSON event per line on stdout.</source>
        <translation>Skriv én JSON-hendelse per linje på standard ut.</translation>
    </message>
    <message>
        <source>Where new keys go: keychain (default) or file (a passphrase-protected file; needs --passphrase-stdin).</source>
        <translation>Hvor nye nøkler lagres: keychain (nøkkelringen, standard) eller file (en fil beskyttet av passordfrase; krever --passphrase-stdin).</translation>
    </message>
    <message>
        <source>keychain|file</source>
        <translation>keychain|file</translation>
    </message>
    <message>
        <source>Folder for passphrase-protected key files (with --key-store file).</source>
        <translation>Mappe for nøkkelfiler beskyttet av passordfrase (med --key-store file).</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from the first line of stdin.</source>
        <translation>Les passordfrasen til nøkkelfilen fra første linje av standard inn.</translation>
    </message>
    <message>
        <source>Generate a key pair or print a key&apos;s thumbprint</source>
        <translation>Lag et nøkkelpar eller skriv ut tommelavtrykket til en nøkkel</translation>
    </message>
    <message>
        <source>Print a fresh client assertion</source>
        <translation>Skriv ut en ny klientpåstand (client assertion)</translation>
    </message>
    <message>
        <source>Print a DPoP proof</source>
        <translation>Skriv ut et DPoP-bevis</translation>
    </message>
    <message>
        <source>Start the built-in HelseID simulator</source>
        <translation>Start den innebygde HelseID-simulatoren</translation>
    </message>
    <message>
        <source>Onboard a journal with Alternative 1</source>
        <translation>Koble til en journal med alternativ 1</translation>
    </message>
    <message>
        <source>Show an onboarding&apos;s status</source>
        <translation>Vis status for en tilkobling</translation>
    </message>
    <message>
        <source>Resume an unfinished onboarding</source>
        <translation>Fortsett en uferdig tilkobling</translation>
    </message>
    <message>
        <source>List onboardings</source>
        <translation>List opp tilkoblinger</translation>
    </message>
    <message>
        <source>Export the EPJ configuration</source>
        <translation>Eksporter EPJ-konfigurasjonen</translation>
    </message>
    <message>
        <source>Get a test token and show its claims</source>
        <translation>Hent et testtoken og vis claims</translation>
    </message>
    <message>
        <source>Import a configuration file from the portal</source>
        <translation>Importer en konfigurasjonsfil fra portalen</translation>
    </message>
    <message>
        <source>Usage: sfmctl COMMAND [OPTIONS]   (sfmctl COMMAND --help for more)</source>
        <translation>Bruk: sfmctl KOMMANDO [VALG]   (sfmctl KOMMANDO --help for mer)</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukjent kommando: %1</translation>
    </message>
    <message>
        <source>Read the zip file&apos;s password (sent by SMS) as the first line of standard input.</source>
        <translation>Les passordet til zip-filen (sendt på SMS) som første linje av standard inn.</translation>
    </message>
    <message>
        <source>The environment the file must be for: test, prod or demo. The file&apos;s HelseID address is checked against it.</source>
        <translation>Miljøet filen må være for: test, prod eller demo. HelseID-adressen i filen sjekkes mot det.</translation>
    </message>
    <message>
        <source>Check the file against this HelseID issuer instead (checking only).</source>
        <translation>Sjekk filen mot denne HelseID-utstederen i stedet (bare sjekk).</translation>
    </message>
    <message>
        <source>Keep the key and start an onboarding for this organization number (9 digits); without it the file is only checked.</source>
        <translation>Ta vare på nøkkelen og start en tilkobling for dette organisasjonsnummeret (9 sifre); uten det blir filen bare sjekket.</translation>
    </message>
    <message>
        <source>Your name for the journal, for lists (default: the client&apos;s name).</source>
        <translation>Ditt navn på journalen, for lister (standard: klientens navn).</translation>
    </message>
    <message>
        <source>2 for a package link (default), 3 for a client made by hand in the portal.</source>
        <translation>2 for en pakkelenke (standard), 3 for en klient laget manuelt i portalen.</translation>
    </message>
    <message>
        <source>Stop (exit 7) when the onboarding waits for the documents to be signed; continue with «sfmctl resume».</source>
        <translation>Stopp (avslutningskode 7) når tilkoblingen venter på at dokumentene skal signeres; fortsett med «sfmctl resume».</translation>
    </message>
    <message>
        <source>Once the key is kept, overwrite and delete FILE (it holds the private key).</source>
        <translation>Når nøkkelen er tatt vare på, overskriv og slett FIL (den inneholder den private nøkkelen).</translation>
    </message>
    <message>
        <source>--environment demo needs the simulator: --sim-info with its start line, or --issuer with its issuer address.</source>
        <translation>--environment demo trenger simulatoren: --sim-info med startlinjen, eller --issuer med issuer-adressen.</translation>
    </message>
    <message>
        <source>Unknown environment «%1». Use test, prod or demo.</source>
        <translation>Ukjent miljø «%1». Bruk test, prod eller demo.</translation>
    </message>
    <message>
        <source>Onboarding %1 started (%2, organization %3, client %4).</source>
        <translation>Tilkobling %1 startet (%2, organisasjon %3, klient %4).</translation>
    </message>
    <message>
        <source>%1 was overwritten and deleted (on SSDs and in backups copies may remain).</source>
        <translation>%1 ble overskrevet og slettet (på SSD-er og i sikkerhetskopier kan kopier bli liggende).</translation>
    </message>
    <message>
        <source>Reads the configuration file the HelseID portal made for a client (Alternatives 2 and 3): the password-protected zip file, or the JSON file inside it. Checks it and prints the client ID, the key ID, the scopes and any warnings; the private key is never printed. With --org it also keeps the key (in the keychain, or with --key-store file in a passphrase-protected file whose passphrase is the next line of standard input) and waits, like «sfmctl onboard», until the client is ready.</source>
        <translation>Leser konfigurasjonsfilen HelseID-portalen laget for en klient (alternativ 2 og 3): den passordbeskyttede zip-filen, eller JSON-filen i den. Sjekker den og skriver ut klient-ID, nøkkel-ID, tilganger og eventuelle advarsler; den private nøkkelen skrives aldri ut. Med --org tar den også vare på nøkkelen (i nøkkelringen, eller med --key-store file i en fil beskyttet av passordfrase, der passordfrasen er neste linje av standard inn) og venter, som «sfmctl onboard», til klienten er klar.</translation>
    </message>
    <message>
        <source>--alternative is 2 (package link) or 3 (made by hand).</source>
        <translation>--alternative er 2 (pakkelenke) eller 3 (laget manuelt).</translation>
    </message>
    <message>
        <source>--delete-file, --no-wait and --name need --org: without it the file is only checked.</source>
        <translation>--delete-file, --no-wait og --name krever --org: uten den blir filen bare sjekket.</translation>
    </message>
    <message>
        <source>Keeping the key needs the environment: --environment test or prod, or demo with --sim-info.</source>
        <translation>For å ta vare på nøkkelen trengs miljøet: --environment test eller prod, eller demo med --sim-info.</translation>
    </message>
    <message>
        <source>The file was checked; the key was not kept. To keep it and start an onboarding, add --org with the organization number.</source>
        <translation>Filen ble sjekket; nøkkelen ble ikke tatt vare på. Legg til --org med organisasjonsnummeret for å ta vare på den og starte en tilkobling.</translation>
    </message>
    <message>
        <source>After a lost registration answer: use this client ID (from the portal) instead of making a new draft.</source>
        <translation>Etter et tapt svar på registreringen: bruk denne klient-ID-en (fra portalen) i stedet for å lage et nytt klientutkast.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the renewal task: %1</source>
        <translation>Oppgaveplanleggeren godtok ikke fornyelsesoppgaven: %1</translation>
    </message>
    <message>
        <source>The renewal agent is installed: the task «%1» runs «sfmctl renew --due» once a day.</source>
        <translation>Fornyelsesagenten er installert: oppgaven «%1» kjører «sfmctl renew --due» én gang i døgnet.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 in %3.</source>
        <translation>Skrev %1 og %2 i %3.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1), so the agent is not active yet. In your desktop or login session, run:</source>
        <translation>Fikk ikke kontakt med systemd for brukeren din (%1), så agenten er ikke aktiv ennå. Kjør dette i skrivebords- eller påloggingsøkten din:</translation>
    </message>
    <message>
        <source>«systemctl --user %1» failed: %2</source>
        <translation>«systemctl --user %1» mislyktes: %2</translation>
    </message>
    <message>
        <source>The renewal agent is active: it runs «sfmctl renew --due» once a day.</source>
        <translation>Fornyelsesagenten er aktiv: den kjører «sfmctl renew --due» én gang i døgnet.</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Neste kjøring: %1</translation>
    </message>
    <message>
        <source>It runs while you are logged in. To let it run when you are not, ask an administrator for: loginctl enable-linger %1</source>
        <translation>Den kjører mens du er pålogget. For at den skal kjøre også når du ikke er det, be en administrator om: loginctl enable-linger %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not remove the renewal task: %1</source>
        <translation>Oppgaveplanleggeren fjernet ikke fornyelsesoppgaven: %1</translation>
    </message>
    <message>
        <source>The renewal agent is removed.</source>
        <translation>Fornyelsesagenten er fjernet.</translation>
    </message>
    <message>
        <source>The renewal agent is not installed for this user; nothing to remove.</source>
        <translation>Fornyelsesagenten er ikke installert for denne brukeren; ingenting å fjerne.</translation>
    </message>
    <message>
        <source>The unit files in %1 could not all be removed. Remove them by hand.</source>
        <translation>Ikke alle enhetsfilene i %1 kunne fjernes. Fjern dem for hånd.</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1). If the timer is still loaded, it is gone after your next login, or run: systemctl --user daemon-reload</source>
        <translation>Fikk ikke kontakt med systemd for brukeren din (%1). Hvis tidsuret fortsatt er lastet, er det borte etter neste pålogging, eller kjør: systemctl --user daemon-reload</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>fornyet</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>ikke til fornyelse</translation>
    </message>
    <message>
        <source>renew in the portal</source>
        <translation>forny i portalen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>Last run: %1 (exit code %2): %3 renewed, %4 failed, %5 to renew in the portal, %6 not due.</source>
        <translation>Siste kjøring: %1 (avslutningskode %2): %3 fornyet, %4 mislyktes, %5 må fornyes i portalen, %6 ikke til fornyelse.</translation>
    </message>
    <message>
        <source>Someone must act on the lines above.</source>
        <translation>Noen må følge opp linjene over.</translation>
    </message>
    <message>
        <source>Renewal agent: installed (Task Scheduler, «%1»).</source>
        <translation>Fornyelsesagent: installert (Oppgaveplanlegging, «%1»).</translation>
    </message>
    <message>
        <source>Renewal agent: not installed. Install it with: sfmctl agent install</source>
        <translation>Fornyelsesagent: ikke installert. Installer den med: sfmctl agent install</translation>
    </message>
    <message>
        <source>Renewal agent: installed (systemd user timer in %1).</source>
        <translation>Fornyelsesagent: installert (systemd-tidsur for brukeren i %1).</translation>
    </message>
    <message>
        <source>The package ships the timer (%1), disabled; «sfmctl agent install» sets it up for you.</source>
        <translation>Pakken leverer tidsuret (%1), deaktivert; «sfmctl agent install» setter det opp for deg.</translation>
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
        <translation>Sist startet: %1</translation>
    </message>
    <message>
        <source>systemd for your user could not be reached (%1): the timer&apos;s times are not known.</source>
        <translation>Fikk ikke kontakt med systemd for brukeren din (%1): tidspunktene til tidsuret er ukjente.</translation>
    </message>
    <message>
        <source>The agent has not run yet.</source>
        <translation>Agenten har ikke kjørt ennå.</translation>
    </message>
    <message>
        <source>The renewal agent runs «sfmctl renew --due» once a day, so keys are renewed before they expire.
  install   set it up for this user (Linux: a systemd user timer; Windows: a Task Scheduler task). --user is the default and, for now, the only way: a system-wide agent may come later.
  status    whether it is set up, when it runs next and what it did last time
  remove    take it away again
  task-xml  print or write the Windows Task Scheduler definition (for deployment by an administrator)</source>
        <translation>Fornyelsesagenten kjører «sfmctl renew --due» én gang i døgnet, slik at nøkler fornyes før de utløper.
  install   sett den opp for denne brukeren (Linux: et systemd-tidsur for brukeren; Windows: en oppgave i Oppgaveplanlegging). --user er standard og foreløpig eneste mulighet: en agent for hele systemet kan komme senere.
  status    om den er satt opp, når den kjører neste gang og hva den gjorde sist
  remove    fjern den igjen
  task-xml  skriv ut eller lagre definisjonen for Windows Oppgaveplanlegging (for utrulling av en administrator)</translation>
    </message>
    <message>
        <source>For the current user (the default).</source>
        <translation>For gjeldende bruker (standard).</translation>
    </message>
    <message>
        <source>status: print JSON for scripts.</source>
        <translation>status: skriv JSON for skript.</translation>
    </message>
    <message>
        <source>task-xml: the path of sfmctl.exe on the Windows PC.</source>
        <translation>task-xml: stien til sfmctl.exe på Windows-PC-en.</translation>
    </message>
    <message>
        <source>task-xml: write to this file (UTF-16).</source>
        <translation>task-xml: skriv til denne filen (UTF-16).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 wrong arguments, 7 installed but not active yet (run the command it prints).</source>
        <translation>Avslutningskoder: 0 ok, 1 feil, 2 feil argumenter, 7 installert, men ikke aktiv ennå (kjør kommandoen som skrives ut).</translation>
    </message>
    <message>
        <source>Name one action: install, status, remove or task-xml.</source>
        <translation>Oppgi én handling: install, status, remove eller task-xml.</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Ukjent handling: %1</translation>
    </message>
    <message>
        <source>Set up, show or remove the daily key renewal</source>
        <translation>Sett opp, vis eller fjern den daglige fornyelsen av nøkler</translation>
    </message>
    <message>
        <source>Wrote the Task Scheduler definition to %1. On the Windows PC, as the user who runs the onboardings, run:</source>
        <translation>Skrev definisjonen for Oppgaveplanlegging til %1. Kjør dette på Windows-PC-en, som brukeren som kjører onboardingene:</translation>
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
        <translation>Avslutningskoder: 0 ok, 1 feil, 2 bruk, 3 ugyldige inndata, 4 nettverk, 5 avvist av serveren, 6 nøkkelring, 7 venter på noen eller i bruk av et annet program (fortsett senere), 8 avbrutt.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (utløpt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n dag igjen)</numerusform>
            <numerusform>%1 (%n dager igjen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Nøkkelen utløper</translation>
    </message>
    <message>
        <source>A key renewal is under way (step: %1); «sfmctl renew %2» continues it.</source>
        <translation>En fornyelse av nøkkelen er i gang (steg: %1); «sfmctl renew %2» fortsetter den.</translation>
    </message>
    <message>
        <source>The previous key (%1) is kept until %2.</source>
        <translation>Den forrige nøkkelen (%1) beholdes til %2.</translation>
    </message>
    <message>
        <source>renewed: new key ID %1, expires %2</source>
        <translation>fornyet: ny nøkkel-ID %1, utløper %2</translation>
    </message>
    <message>
        <source>%1: the previous key&apos;s grace period is over; it is removed.</source>
        <translation>%1: overgangstiden for den forrige nøkkelen er over; den er fjernet.</translation>
    </message>
    <message>
        <source>not due: the key expires %1</source>
        <translation>ikke til fornyelse: nøkkelen utløper %1</translation>
    </message>
    <message>
        <source>%1 renewed, %2 failed, %3 to renew in the portal, %4 not due.</source>
        <translation>%1 fornyet, %2 mislyktes, %3 må fornyes i portalen, %4 ikke til fornyelse.</translation>
    </message>
    <message>
        <source>Renew every ready onboarding whose key expires within the window (what the renewal agent runs).</source>
        <translation>Forny hver klare tilkobling der nøkkelen utløper innen vinduet (det fornyelsesagenten kjører).</translation>
    </message>
    <message>
        <source>The window for --due: days (30d, 30) or weeks (4w). Default: 30 days.</source>
        <translation>Vinduet for --due: dager (30d, 30) eller uker (4w). Standard: 30 dager.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>Registers a new key for the client with HelseID, authenticated with the current key, proves it with a token, switches to it and re-exports the EPJ configuration. The old key is kept for 14 days. A renewal cut short is continued by the next run.</source>
        <translation>Registrerer en ny nøkkel for klienten hos HelseID, autentisert med den nåværende nøkkelen, prøver den med et token, bytter til den og eksporterer EPJ-konfigurasjonen på nytt. Den gamle nøkkelen beholdes i 14 dager. En fornyelse som ble avbrutt, fortsetter ved neste kjøring.</translation>
    </message>
    <message>
        <source>Give either an onboarding (its id, client id or journal name) or --due.</source>
        <translation>Oppgi enten en tilkobling (id, klient-ID eller journalnavn) eller --due.</translation>
    </message>
    <message>
        <source>--within goes with --due.</source>
        <translation>--within hører sammen med --due.</translation>
    </message>
    <message>
        <source>Renew a client&apos;s key, or every key that expires soon</source>
        <translation>Forny nøkkelen til en klient, eller alle nøkler som snart utløper</translation>
    </message>
    <message>
        <source>%1: the key renewal failed. Run «sfmctl renew %2» to see why.</source>
        <translation>%1: fornyelsen av nøkkelen mislyktes. Kjør «sfmctl renew %2» for å se hvorfor.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal before %2.</source>
        <translation>%1: forny nøkkelen i HelseIDs portal før %2.</translation>
    </message>
    <message>
        <source>%1: renew the key in HelseID&apos;s portal.</source>
        <translation>%1: forny nøkkelen i HelseIDs portal.</translation>
    </message>
    <message>
        <source>SFM: a HelseID key needs you</source>
        <translation>SFM: en HelseID-nøkkel trenger deg</translation>
    </message>
    <message>
        <source>Add this scope (one the vendor profile offers).</source>
        <translation>Legg til denne tilgangen (en som leverandørprofilen tilbyr).</translation>
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
        <translation>Stopp (kode 7) når den nye tilgangen venter på signering.</translation>
    </message>
    <message>
        <source>The vendor profile (default: the one the onboarding used).</source>
        <translation>Leverandørprofilen (standard: den tilkoblingen brukte).</translation>
    </message>
    <message>
        <source>Adds or removes API scopes of a ready client. The client is read from HelseID and written back with only its scopes changed; then it waits until HelseID grants the new scopes (the agreement documents may have to be signed again).</source>
        <translation>Legger til eller fjerner tilganger (scopes) for en klar klient. Klienten leses fra HelseID og skrives tilbake med bare tilgangene endret; så venter den til HelseID gir de nye tilgangene (avtaledokumentene må kanskje signeres på nytt).</translation>
    </message>
    <message>
        <source>Say which onboarding to change (see «sfmctl list»).</source>
        <translation>Si hvilken tilkobling som skal endres (se «sfmctl list»).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>Gi minst én --add eller --remove.</translation>
    </message>
    <message>
        <source>Add or remove API scopes of a ready client</source>
        <translation>Legg til eller fjern tilganger for en klar klient</translation>
    </message>
    <message>
        <source>       sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>       sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON</translation>
    </message>
    <message>
        <source>The EPJ configuration exported with the transfer file: says where the key goes and which key it must be.</source>
        <translation>EPJ-konfigurasjonen som ble eksportert sammen med overføringsfilen: sier hvor nøkkelen skal og hvilken nøkkel det må være.</translation>
    </message>
    <message>
        <source>Installs the key from a transfer file on the computer where the EPJ runs, as the account it runs as.</source>
        <translation>Installerer nøkkelen fra en overføringsfil på datamaskinen der EPJ-en kjører, som kontoen den kjører som.</translation>
    </message>
    <message>
        <source>Give the transfer file.</source>
        <translation>Oppgi overføringsfilen.</translation>
    </message>
    <message>
        <source>Give the transfer file&apos;s passphrase on the first line of stdin with --passphrase-stdin.</source>
        <translation>Gi passordfrasen til overføringsfilen på første linje av stdin med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Give the EPJ configuration exported with the transfer file (--config FILE).</source>
        <translation>Oppgi EPJ-konfigurasjonen som ble eksportert sammen med overføringsfilen (--config FIL).</translation>
    </message>
    <message>
        <source>The transfer file holds another key than the configuration names. Use the transfer file and the configuration of the same export.</source>
        <translation>Overføringsfilen inneholder en annen nøkkel enn den konfigurasjonen nevner. Bruk overføringsfilen og konfigurasjonen fra samme eksport.</translation>
    </message>
    <message>
        <source>The key (thumbprint %1) is installed: %2.</source>
        <translation>Nøkkelen (tommelavtrykk %1) er installert: %2.</translation>
    </message>
    <message>
        <source>the key file %1, readable only by %2</source>
        <translation>nøkkelfilen %1, som bare %2 kan lese</translation>
    </message>
    <message>
        <source>The configuration keeps the key in «%1»; a transfer file installs into the keychain or a key file.</source>
        <translation>Konfigurasjonen har nøkkelen i «%1»; en overføringsfil installeres i nøkkelringen eller i en nøkkelfil.</translation>
    </message>
    <message>
        <source>The configuration names the keychain service «%1», but this program uses «%2».</source>
        <translation>Konfigurasjonen nevner nøkkelringtjenesten «%1», men dette programmet bruker «%2».</translation>
    </message>
    <message>
        <source>The keychain gave back another key than was stored. Check the keychain, then install again.</source>
        <translation>Nøkkelringen ga tilbake en annen nøkkel enn den som ble lagret. Sjekk nøkkelringen, og installer på nytt.</translation>
    </message>
    <message>
        <source>this account&apos;s keychain, entry %1</source>
        <translation>nøkkelringen til denne kontoen, oppføring %1</translation>
    </message>
    <message>
        <source>Where the EPJ reads the key: keychain (this user&apos;s, the default unless the vendor profile names another), file (a key file only --owner may read) or transfer (a passphrase-protected file for another computer; the passphrase from stdin).</source>
        <translation>Hvor EPJ-en leser nøkkelen: keychain (denne brukerens nøkkelring, standard med mindre leverandørprofilen sier noe annet), file (en nøkkelfil bare --owner kan lese) eller transfer (en fil beskyttet av passordfrase, for en annen datamaskin; passordfrasen fra stdin).</translation>
    </message>
    <message>
        <source>The key file (with --key-to file) or the transfer file (with --key-to transfer) to write.</source>
        <translation>Nøkkelfilen (med --key-to file) eller overføringsfilen (med --key-to transfer) som skal skrives.</translation>
    </message>
    <message>
        <source>The account the EPJ runs as: it alone may read the key file (with --key-to file).</source>
        <translation>Kontoen EPJ-en kjører som: bare den får lese nøkkelfilen (med --key-to file).</translation>
    </message>
    <message>
        <source>Writes the EPJ configuration of a ready onboarding (docs/epj-config.md). It never contains the private key; --key-to says where the EPJ reads the key.</source>
        <translation>Skriver EPJ-konfigurasjonen for en ferdig onboarding (docs/epj-config.md). Den inneholder aldri den private nøkkelen; --key-to sier hvor EPJ-en leser nøkkelen.</translation>
    </message>
    <message>
        <source>--key-to needs --out FILE: the configuration names where the key went.</source>
        <translation>--key-to trenger --out FIL: konfigurasjonen sier hvor nøkkelen ble lagt.</translation>
    </message>
    <message>
        <source>--key-to is keychain, file or transfer.</source>
        <translation>--key-to er keychain, file eller transfer.</translation>
    </message>
    <message>
        <source>The vendor profile says the EPJ cannot read the key from «%1»; it reads it from: %2.</source>
        <translation>Leverandørprofilen sier at EPJ-en ikke kan lese nøkkelen fra «%1»; den leser den fra: %2.</translation>
    </message>
    <message>
        <source>--key-to %1 needs --key-file PATH.</source>
        <translation>--key-to %1 trenger --key-file STI.</translation>
    </message>
    <message>
        <source>--key-to file needs --owner ACCOUNT.</source>
        <translation>--key-to file trenger --owner KONTO.</translation>
    </message>
    <message>
        <source>--key-to transfer needs --passphrase-stdin: the transfer file&apos;s passphrase on a line of stdin.</source>
        <translation>--key-to transfer trenger --passphrase-stdin: passordfrasen til overføringsfilen på en linje av stdin.</translation>
    </message>
    <message>
        <source>The key is in %1, readable only by %2.</source>
        <translation>Nøkkelen ligger i %1, og bare %2 kan lese den.</translation>
    </message>
    <message>
        <source>The key is in the transfer file %1. On the EPJ&apos;s computer, as the account the EPJ runs as: sfmctl key install FILE --passphrase-stdin --config CONFIGURATION</source>
        <translation>Nøkkelen ligger i overføringsfilen %1. På EPJ-ens datamaskin, som kontoen EPJ-en kjører som: sfmctl key install FIL --passphrase-stdin --config KONFIGURASJON</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Kunne ikke skrive rapporten til %1.</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Rapporten er skrevet til %1.</translation>
    </message>
    <message>
        <source>Row %1: %2 %3 — %4</source>
        <translation>Rad %1: %2 %3 — %4</translation>
    </message>
    <message>
        <source>Check every row and print every problem; change nothing.</source>
        <translation>Sjekk hver rad og skriv ut alle problemer; ingenting endres.</translation>
    </message>
    <message>
        <source>Write the report (CSV, or JSON with --json) to this file.</source>
        <translation>Skriv rapporten (CSV, eller JSON med --json) til denne filen.</translation>
    </message>
    <message>
        <source>Run the good rows of a file that has problems.</source>
        <translation>Kjør de gode radene i en fil som har problemer.</translation>
    </message>
    <message>
        <source>Onboards one journal per row of a CSV file with Alternative 1; a second run continues the same onboardings.</source>
        <translation>Kobler til én journal per rad i en CSV-fil med alternativ 1; en ny kjøring fortsetter de samme tilkoblingene.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Oppgi én CSV-fil.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 with problems, %2 to start, %3 to continue.</source>
        <translation>
            <numerusform>%n rad sjekket: %1 med problemer, %2 å starte, %3 å fortsette.</numerusform>
            <numerusform>%n rader sjekket: %1 med problemer, %2 å starte, %3 å fortsette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed above). Correct them, or run the other rows with --skip-bad-rows.</source>
        <translation>
            <numerusform>%n rad har problemer (se over). Rett dem, eller kjør de andre radene med --skip-bad-rows.</numerusform>
            <numerusform>%n rader har problemer (se over). Rett dem, eller kjør de andre radene med --skip-bad-rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>HelseID asked us to slow down: pausing %1 s.</source>
        <translation>HelseID ba oss sette ned farten: pause i %1 s.</translation>
    </message>
    <message>
        <source>Skipped: the row has problems.</source>
        <translation>Hoppet over: raden har problemer.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Rad %1 (%2): %3</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: run the same file again, or «sfmctl watch --all».</source>
        <translation>Avbrutt. Ingenting er tapt: kjør den samme filen på nytt, eller «sfmctl watch --all».</translation>
    </message>
    <message>
        <source>(not in the token)</source>
        <translation>(ikke i tokenet)</translation>
    </message>
    <message>
        <source>What SFM will see in the token:</source>
        <translation>Dette vil SFM se i tokenet:</translation>
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
        <translation>Sikkerhetsnivå</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Tilganger</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n second(s)</source>
        <translation>
            <numerusform>%1, gyldig i %n sekund</numerusform>
            <numerusform>%1, gyldig i %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT): the claims above come from HelseID&apos;s answer and the ID token.</source>
        <translation>Tilgangstokenet er ugjennomsiktig (ikke en JWT): claimene over kommer fra HelseIDs svar og ID-tokenet.</translation>
    </message>
    <message>
        <source>The synthetic fødselsnummer of the test person (TEST and the simulator; default %1).</source>
        <translation>Det syntetiske fødselsnummeret til testpersonen (TEST og simulatoren; standard %1).</translation>
    </message>
    <message>
        <source>Log a real person in (BankID or the like) instead of the test person. Always so in PROD.</source>
        <translation>Logg inn en ekte person (BankID eller lignende) i stedet for testpersonen. Alltid slik i PROD.</translation>
    </message>
    <message>
        <source>Logs a prescriber in with the client, in the browser (BROWSER is honoured), and shows what SFM will see in the token. Exit 0 only when the token carries the SFM scope and the SFM-id.</source>
        <translation>Logger inn en forskriver med klienten i nettleseren (BROWSER respekteres) og viser hva SFM vil se i tokenet. Avslutter med 0 bare når tokenet har SFM-tilgangen og SFM-id-en.</translation>
    </message>
    <message>
        <source>Say which onboarding to test (see «sfmctl list»).</source>
        <translation>Si hvilken tilkobling som skal testes (se «sfmctl list»).</translation>
    </message>
    <message>
        <source>Log in in the browser. If none opened, open this address: %1</source>
        <translation>Logg inn i nettleseren. Hvis ingen åpnet seg, åpne denne adressen: %1</translation>
    </message>
    <message>
        <source>SFM will accept this token: the EPJ can call SFM with this client.</source>
        <translation>SFM vil godta dette tokenet: EPJ-en kan kalle SFM med denne klienten.</translation>
    </message>
    <message>
        <source>For a client that cannot see its own status (no nhn:selvbetjening/client): you checked in the portal that the agreement documents are signed.</source>
        <translation>For en klient som ikke kan se sin egen status (uten nhn:selvbetjening/client): du har sjekket i portalen at avtaledokumentene er signert.</translation>
    </message>
    <message>
        <source>The scope to ask for (default: nhn:selvbetjening/client, else the client&apos;s first scope that is not SFM&apos;s).</source>
        <translation>Tilgangen det skal spørres om (standard: nhn:selvbetjening/client, ellers klientens første tilgang som ikke er SFMs).</translation>
    </message>
    <message>
        <source>SFM needs a user: HelseID gives a token for «%1» only to a person logged in with this client, never to the client alone. To prove that the EPJ can call SFM, run the test login: «sfmctl login-test %2».</source>
        <translation>SFM krever en bruker: HelseID gir et token for «%1» bare til en person som er logget inn med denne klienten, aldri til klienten alene. For å bevise at EPJ-en kan kalle SFM, kjør testinnloggingen: «sfmctl login-test %2».</translation>
    </message>
    <message>
        <source>The token is opaque (not a JWT): it carries no claims this program can read. Only the API it is meant for can look inside it.</source>
        <translation>Tokenet er ugjennomsiktig (ikke en JWT): det har ingen claims dette programmet kan lese. Bare API-et det er ment for, kan se inn i det.</translation>
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
        <translation>bekreftet av deg i portalen (%1)</translation>
    </message>
    <message>
        <source>When the agreement documents are signed (check in the portal), continue with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».</source>
        <translation>Når avtaledokumentene er signert (sjekk i portalen), fortsett med «sfmctl resume %1 --signed», eller bevis det med «sfmctl login-test %1».</translation>
    </message>
    <message>
        <source>Every onboarding in the folder that waits for someone.</source>
        <translation>Alle tilkoblinger i mappen som venter på noen.</translation>
    </message>
    <message>
        <source>Follows waiting onboardings until they are ready or their deadline passes.</source>
        <translation>Følger ventende tilkoblinger til de er klare eller fristen går ut.</translation>
    </message>
    <message>
        <source>Give --all or the onboardings to follow (see «sfmctl list»).</source>
        <translation>Oppgi --all eller tilkoblingene som skal følges (se «sfmctl list»).</translation>
    </message>
    <message>
        <source>No onboarding waits for anyone.</source>
        <translation>Ingen tilkobling venter på noen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its key is in the other key store; follow it with «sfmctl resume %1».</source>
        <translation>%1: nøkkelen ligger i det andre nøkkellageret; følg den med «sfmctl resume %1».</translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>Interrupted. Nothing is lost: continue with «sfmctl watch --all».</source>
        <translation>Avbrutt. Ingenting er tapt: fortsett med «sfmctl watch --all».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n onboarding(s) ready.</source>
        <translation>
            <numerusform>%1 av %n tilkobling er klar.</numerusform>
            <numerusform>%1 av %n tilkoblinger er klare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a prescriber in and show what SFM will see</source>
        <translation>Logg inn en forskriver og vis hva SFM vil se</translation>
    </message>
    <message>
        <source>Onboard one journal per row of a CSV file</source>
        <translation>Koble til én journal per rad i en CSV-fil</translation>
    </message>
    <message>
        <source>Follow waiting onboardings until they are ready</source>
        <translation>Følg ventende tilkoblinger til de er klare</translation>
    </message>
    <message>
        <source>skipped: in use by %1</source>
        <translation>hoppet over: i bruk av %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: in use by another program (the next run tries again).</source>
        <translation>
            <numerusform>%n hoppet over: i bruk av et annet program (neste kjøring prøver igjen).</numerusform>
            <numerusform>%n hoppet over: i bruk av et annet program (neste kjøring prøver igjen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s confirmer, for the confirmation e-mail (kept with the onboarding, never sent to HelseID).</source>
        <translation>Kundens bekrefter, til e-posten om bekreftelse (lagres med tilkoblingen, sendes aldri til HelseID).</translation>
    </message>
    <message>
        <source>The language of the confirmation e-mail: nb, nn or en (default: the program&apos;s).</source>
        <translation>Språket i e-posten om bekreftelse: nb, nn eller en (standard: programmets).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No onboarding in %1 can be used: every file there was refused (below).</source>
        <translation>Ingen tilkobling i %1 kan brukes: alle filene der ble avvist (se under).</translation>
    </message>
    <message>
        <source>E-mail:   %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>(none: the mail program asks)</source>
        <translation>(ingen: e-postprogrammet spør)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk:  %1</translation>
    </message>
    <message>
        <source>(the program&apos;s)</source>
        <translation>(programmets)</translation>
    </message>
    <message>
        <source>The confirmer&apos;s e-mail address; an empty value removes it.</source>
        <translation>E-postadressen til bekrefteren; en tom verdi fjerner den.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s language: nb, nn or en; an empty value means the program&apos;s language.</source>
        <translation>Språket i e-posten: nb, nn eller en; en tom verdi betyr programmets språk.</translation>
    </message>
    <message>
        <source>Shows or changes whom the confirmation e-mail of an onboarding goes to, and in which language. Kept with the onboarding and never sent to HelseID, so it can change at any step, also after the client is registered.</source>
        <translation>Viser eller endrer hvem e-posten om bekreftelse for en tilkobling går til, og på hvilket språk. Lagres med tilkoblingen og sendes aldri til HelseID, så den kan endres når som helst, også etter at klienten er registrert.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 is saved.</source>
        <translation>Kontakten for tilkobling %1 er lagret.</translation>
    </message>
    <message>
        <source>The contact of onboarding %1 was already so.</source>
        <translation>Kontakten for tilkobling %1 var allerede slik.</translation>
    </message>
    <message>
        <source>--contact-email and --contact-language need --org: without it the file is only checked.</source>
        <translation>--contact-email og --contact-language krever --org: uten den blir filen bare kontrollert.</translation>
    </message>
    <message>
        <source>Show or change whom the confirmation e-mail goes to</source>
        <translation>Vis eller endre hvem e-posten om bekreftelse går til</translation>
    </message>
</context>
</TS>

#include "PackagePages.h"

#include "Html.h"

namespace sfm::sim {

using html::esc;

namespace {

QString encryptionField()
{
    return QStringLiteral(
        "<label for=\"encryption\">Kryptering av zip-filen</label><select id=\"encryption\" "
        "name=\"encryption\"><option value=\"aes256\">AES-256</option><option "
        "value=\"zipcrypto\">ZipCrypto</option></select>");
}

QString organizationFields()
{
    return QStringLiteral(
        "<label for=\"org\">Organisasjonsnummer (hovedenhet)</label><input type=\"text\" id=\"org\" "
        "name=\"organizationNumber\" inputmode=\"numeric\" maxlength=\"9\" required>"
        "<label for=\"name\">Klientnavn (valgfritt)</label><input type=\"text\" id=\"name\" "
        "name=\"clientName\" maxlength=\"100\">");
}

SimResponse errorPage(const QString &title, const QString &text, int status)
{
    return SimResponse::html(html::page(title, QStringLiteral("<p>%1</p>").arg(esc(text))), status);
}

ZipEncryption encryptionFrom(const QString &value)
{
    return value == QLatin1String("zipcrypto") ? ZipEncryption::ZipCrypto : ZipEncryption::Aes256;
}

} // namespace

PackagePages::PackagePages(SimState &state, const SimUrls &urls, PackageService &packages)
    : m_state(state)
    , m_urls(urls)
    , m_packages(packages)
{}

void PackagePages::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/portal/pakkekonfigurasjon"),
               [this](const SimRequest &r, const QStringList &) { return packageForm(r); });
    router.addAsync("POST", QStringLiteral("/portal/pakkekonfigurasjon"),
                    [this](const SimRequest &r, const QStringList &, const Respond &respond) {
                        packageCreate(r, respond);
                    });
    router.add("GET", QStringLiteral("/portal/klienter/ny"),
               [this](const SimRequest &, const QStringList &) { return manualForm(); });
    router.addAsync("POST", QStringLiteral("/portal/klienter/ny"),
                    [this](const SimRequest &r, const QStringList &, const Respond &respond) {
                        manualCreate(r, respond);
                    });
    router.add("GET", QStringLiteral("/portal/downloads/{}"),
               [this](const SimRequest &, const QStringList &p) { return download(p.at(0)); });
}

SimResponse PackagePages::packageForm(const SimRequest &request)
{
    const QString systemId = request.query.queryItemValue(QStringLiteral("systemId"), QUrl::FullyDecoded);
    const QString packageId = request.query.queryItemValue(QStringLiteral("packageId"), QUrl::FullyDecoded);
    const Klientmal *klientmal = m_state.klientmalBySystemId(systemId);
    const KlientmalPackage *package = klientmal ? klientmal->package(packageId) : nullptr;
    if (!package)
        return errorPage(
            QStringLiteral("Fant ikke pakken"),
            QStringLiteral("Lenken peker ikke på en kjent pakke. Be leverandøren om en ny lenke."), 404);
    QString scopes;
    for (const QString &scope : package->scopes)
        scopes += QStringLiteral("<li><code>%1</code></li>").arg(esc(scope));
    const QString body =
        QStringLiteral(
            "<p><strong>%1</strong> tilbyr pakken <strong>%2</strong> med disse tilgangene:</p><ul>%3</ul>"
            "<p>Portalen lager nøkkelparet og gir deg en passordbeskyttet zip-fil. Passordet kommer på "
            "SMS.</p><form method=\"post\" action=\"%4/pakkekonfigurasjon\">"
            "<input type=\"hidden\" name=\"systemId\" value=\"%5\"><input type=\"hidden\" "
            "name=\"packageId\" value=\"%6\">%7%8<p><button type=\"submit\" class=\"primary\">Opprett "
            "klient</button></p></form>")
            .arg(esc(klientmal->name), esc(package->name.isEmpty() ? package->id : package->name), scopes,
                 esc(m_urls.portal), esc(systemId), esc(packageId), organizationFields(), encryptionField());
    return SimResponse::html(html::page(QStringLiteral("Pakkekonfigurasjon"), body));
}

void PackagePages::packageCreate(const SimRequest &request, const Respond &respond)
{
    const auto form = request.formFields();
    if (!form) {
        respond(errorPage(QStringLiteral("Ugyldig forespørsel"), QStringLiteral("Skjemaet kunne ikke leses."),
                          400));
        return;
    }
    const Klientmal *klientmal = m_state.klientmalBySystemId(form->value(QStringLiteral("systemId")));
    const KlientmalPackage *package =
        klientmal ? klientmal->package(form->value(QStringLiteral("packageId"))) : nullptr;
    if (!package) {
        respond(errorPage(
            QStringLiteral("Fant ikke pakken"),
            QStringLiteral("Lenken peker ikke på en kjent pakke. Be leverandøren om en ny lenke."), 404));
        return;
    }
    PackageRequest r;
    r.klientmal = klientmal->name;
    r.packageId = package->id;
    r.scopes = package->scopes;
    r.organizationNumber = form->value(QStringLiteral("organizationNumber")).trimmed();
    r.clientName = form->value(QStringLiteral("clientName")).trimmed();
    r.encryption = encryptionFrom(form->value(QStringLiteral("encryption")));
    createAndShow(r, respond);
}

SimResponse PackagePages::manualForm()
{
    QString templates;
    QString scopes;
    QStringList seen;
    for (const Klientmal &k : m_state.klientmaler()) {
        templates += QStringLiteral("<option value=\"%1\">%1</option>").arg(esc(k.name));
        for (const QString &scope : k.scopes) {
            if (seen.contains(scope))
                continue;
            seen.append(scope);
            const bool preselected = k.defaults.value(scope) == Forhaandsvalgt;
            scopes += QStringLiteral(
                          "<label><input type=\"checkbox\" name=\"scope\" value=\"%1\"%2> <code>%1</code> "
                          "(%3)</label>")
                          .arg(esc(scope), preselected ? QStringLiteral(" checked") : QString(),
                               esc(k.defaults.value(scope)));
        }
    }
    const QString body =
        QStringLiteral(
            "<p>Opprett en klient for virksomheten fra en klientmal. Portalen lager nøkkelparet og gir "
            "deg en passordbeskyttet zip-fil; passordet kommer på SMS.</p><form method=\"post\" "
            "action=\"%1/klienter/ny\"><label for=\"template\">Klientmal</label><select id=\"template\" "
            "name=\"klientmal\">%2</select>%3<fieldset><legend>Tilganger (scopes)</legend>%4</fieldset>%5"
            "<label for=\"publicJwk\">Egen offentlig nøkkel (JWK, valgfritt)</label><textarea "
            "id=\"publicJwk\" "
            "name=\"publicJwk\" rows=\"5\" cols=\"70\"></textarea><p class=\"note\">Limer du inn en "
            "offentlig "
            "nøkkel, registreres klienten med den, og portalen lager ingen zip-fil.</p>"
            "<p><button type=\"submit\" class=\"primary\">Opprett klient</button></p></form>")
            .arg(esc(m_urls.portal), templates, organizationFields(), scopes, encryptionField());
    return SimResponse::html(html::page(QStringLiteral("Ny klient"), body));
}

void PackagePages::manualCreate(const SimRequest &request, const Respond &respond)
{
    const auto items = request.formItems();
    if (!items) {
        respond(errorPage(QStringLiteral("Ugyldig forespørsel"), QStringLiteral("Skjemaet kunne ikke leses."),
                          400));
        return;
    }
    PackageRequest r;
    for (const auto &[name, value] : *items) {
        if (name == QLatin1String("klientmal"))
            r.klientmal = value;
        else if (name == QLatin1String("scope"))
            r.scopes.append(value);
        else if (name == QLatin1String("organizationNumber"))
            r.organizationNumber = value.trimmed();
        else if (name == QLatin1String("clientName"))
            r.clientName = value.trimmed();
        else if (name == QLatin1String("encryption"))
            r.encryption = encryptionFrom(value);
        else if (name == QLatin1String("publicJwk"))
            r.ownPublicJwk = value.trimmed().toUtf8();
    }
    createAndShow(r, respond);
}

void PackagePages::createAndShow(const PackageRequest &request, const Respond &respond)
{
    m_packages.create(request, [this, respond](Result<PackageResult> result) {
        if (!result) {
            respond(errorPage(QStringLiteral("Klienten ble ikke opprettet"),
                              result.error().message + QLatin1Char(' ') + result.error().detail, 400));
            return;
        }
        const PackageResult &p = result.value();
        if (p.zip.isEmpty()) {
            // Registered with the customer's own public key: nothing to download.
            const QString body =
                QStringLiteral("<p>Klienten er opprettet med den offentlige nøkkelen du limte inn.</p>"
                               "<p>Klient-ID: <code id=\"clientId\">%1</code></p><p>Virksomheten må "
                               "<a href=\"%2/clients/%3/sign\">signere avtaledokumentene</a> før klienten "
                               "kan brukes.</p>")
                    .arg(esc(p.clientId), esc(m_urls.portal),
                         esc(QString::fromLatin1(QUrl::toPercentEncoding(p.clientId))));
            respond(SimResponse::html(html::page(QStringLiteral("Klienten er opprettet"), body))
                        .forClient(p.clientId));
            return;
        }
        const QString body =
            QStringLiteral(
                "<p>Klienten <code>%1</code> er opprettet.</p><p><a href=\"%2\">Last ned %3</a></p>"
                "<p class=\"note\">Passordet til zip-filen er sendt på SMS: <code>%4</code></p>"
                "<p>Virksomheten må <a href=\"%5/clients/%6/sign\">signere avtaledokumentene</a> før "
                "klienten kan brukes.</p>")
                .arg(esc(p.clientId), esc(m_packages.downloadUrl(p.downloadId)), esc(p.fileName),
                     esc(p.password), esc(m_urls.portal),
                     esc(QString::fromLatin1(QUrl::toPercentEncoding(p.clientId))));
        respond(SimResponse::html(html::page(QStringLiteral("Klienten er opprettet"), body))
                    .forClient(p.clientId));
    });
}

SimResponse PackagePages::download(const QString &downloadId)
{
    const PackageResult *p = m_packages.download(downloadId);
    if (!p)
        return errorPage(QStringLiteral("Fant ikke filen"), QStringLiteral("Nedlastingen finnes ikke."), 404);
    SimResponse r;
    r.body = p->zip;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/zip")});
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      QByteArrayLiteral("attachment; filename=\"") + p->fileName.toUtf8() + '"'});
    return r.forClient(p->clientId);
}

} // namespace sfm::sim

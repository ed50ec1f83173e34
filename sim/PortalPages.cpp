#include "PortalPages.h"

#include "Html.h"

#include <QUrl>

namespace sfm::sim {

using html::esc;

namespace {

QString scopeList(const SimClient &client)
{
    QString items;
    for (const ScopeGrant &s : client.scopes)
        items += QStringLiteral("<li><code>%1</code></li>").arg(esc(s.scope));
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

QString statusText(const SimClient &client)
{
    switch (client.stage) {
    case SimClient::Stage::Draft:
        return QStringLiteral("Venter på bekreftelse");
    case SimClient::Stage::Cancelled:
        return QStringLiteral("Avbrutt");
    case SimClient::Stage::Confirmed:
        return client.isSigned() ? QStringLiteral("Klar") : QStringLiteral("Venter på signering");
    }
    return {};
}

QString encodedId(const QString &clientId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(clientId));
}

} // namespace

PortalPages::PortalPages(SimState &state, const SimUrls &urls)
    : m_state(state)
    , m_urls(urls)
{}

void PortalPages::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/portal"),
               [this](const SimRequest &, const QStringList &) { return overview(); });
    router.add("GET", QStringLiteral("/portal/"),
               [this](const SimRequest &, const QStringList &) { return overview(); });
    router.add("GET", QStringLiteral("/portal/confirm-client/{}"),
               [this](const SimRequest &, const QStringList &p) { return confirmPage(p.at(0)); });
    router.add("POST", QStringLiteral("/portal/confirm-client/{}"),
               [this](const SimRequest &r, const QStringList &p) { return confirmAction(r, p.at(0)); });
    router.add("GET", QStringLiteral("/portal/clients/{}/sign"),
               [this](const SimRequest &, const QStringList &p) { return signPage(p.at(0)); });
    router.add("POST", QStringLiteral("/portal/clients/{}/sign"),
               [this](const SimRequest &, const QStringList &p) { return signAction(p.at(0)); });
}

SimResponse PortalPages::notFound(const QString &clientId) const
{
    return SimResponse::html(
               html::page(QStringLiteral("Fant ikke klienten"),
                          QStringLiteral("<p>Det finnes ingen klient med ID <code>%1</code>. Sjekk "
                                         "lenken du fikk.</p>")
                              .arg(esc(clientId))),
               404)
        .forClient(clientId);
}

SimResponse PortalPages::overview()
{
    QString rows;
    for (const SimClient *c : m_state.clients()) {
        const QString id = encodedId(c->clientId);
        rows += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td>"
                               "<a href=\"%4/confirm-client/%5\">Bekreft</a> · "
                               "<a href=\"%4/clients/%5/sign\">Signer</a></td></tr>")
                    .arg(esc(c->clientId), esc(c->organizationNumber), esc(statusText(*c)),
                         esc(m_urls.portal), esc(id));
    }
    const QString body =
        QStringLiteral(
            "<p><a href=\"%1/klienter/ny\">Opprett klient manuelt</a></p>"
            "<table><thead><tr><th>Klient-ID</th><th>Organisasjonsnummer</th><th>Status</th><th></th></tr>"
            "</thead><tbody>%2</tbody></table>")
            .arg(esc(m_urls.portal),
                 rows.isEmpty() ? QStringLiteral("<tr><td colspan=\"4\">Ingen klienter ennå.</td></tr>")
                                : rows);
    return SimResponse::html(html::page(QStringLiteral("Klienter"), body));
}

SimResponse PortalPages::confirmPage(const QString &clientId)
{
    const SimClient *c = m_state.client(clientId);
    if (!c)
        return notFound(clientId);
    const QString action = m_urls.portal + QStringLiteral("/confirm-client/") + encodedId(clientId);
    QString kids;
    for (const ClientKey &k : c->keys)
        kids += QStringLiteral("<code>%1</code> ").arg(esc(k.kid));
    QString details =
        QStringLiteral("<dl><dt>Organisasjonsnummer</dt><dd>%1</dd><dt>Klientmal</dt><dd>%2</dd>"
                       "<dt>Klient-ID</dt><dd><code>%3</code></dd><dt>Tilganger (scopes)</dt><dd>%4</dd>"
                       "<dt>Nøkkel-ID</dt><dd>%5</dd>")
            .arg(esc(c->organizationNumber), esc(c->klientmal), esc(c->clientId), scopeList(*c), kids);
    if (!c->childOrganizationNumbers.isEmpty())
        details += QStringLiteral("<dt>Underenheter</dt><dd>%1</dd>")
                       .arg(esc(c->childOrganizationNumbers.join(QStringLiteral(", "))));
    details += QStringLiteral("</dl>");
    QString body;
    if (c->stage == SimClient::Stage::Draft) {
        body = QStringLiteral(
                   "<p>Et fagsystem ber om å opprette en HelseID-klient for virksomheten. Bekreft bare "
                   "hvis du kjenner igjen forespørselen.</p>%1<p>%2%3</p>")
                   .arg(details,
                        html::button(action, QStringLiteral("Bekreft"),
                                     {{QStringLiteral("action"), QStringLiteral("confirm")}}),
                        html::button(action, QStringLiteral("Avbryt"),
                                     {{QStringLiteral("action"), QStringLiteral("cancel")}}, false));
    } else {
        body = QStringLiteral("<p>Status: <strong>%1</strong>.</p>%2").arg(esc(statusText(*c)), details);
        if (c->stage == SimClient::Stage::Confirmed && !c->isSigned())
            body += QStringLiteral(
                        "<p><a href=\"%1/clients/%2/sign\">Gå til signering av avtaledokumentene</a></p>")
                        .arg(esc(m_urls.portal), esc(encodedId(clientId)));
    }
    return SimResponse::html(html::page(QStringLiteral("Bekreft klient"), body)).forClient(clientId);
}

SimResponse PortalPages::confirmAction(const SimRequest &request, const QString &clientId)
{
    const auto form = request.formFields();
    const QString action = form ? form->value(QStringLiteral("action")) : QString();
    if (action != QLatin1String("confirm") && action != QLatin1String("cancel"))
        return SimResponse::html(html::page(QStringLiteral("Ugyldig forespørsel"),
                                            QStringLiteral("<p>Velg Bekreft eller Avbryt på siden.</p>")),
                                 400)
            .forClient(clientId);
    const auto redirect = m_state.confirmClient(clientId, action == QLatin1String("confirm"));
    if (!redirect)
        return notFound(clientId);
    if (!redirect->isEmpty())
        return SimResponse::redirect(QUrl(*redirect)).forClient(clientId);
    return confirmPage(clientId);
}

SimResponse PortalPages::signPage(const QString &clientId)
{
    const SimClient *c = m_state.client(clientId);
    if (!c)
        return notFound(clientId);
    QString body;
    if (c->stage != SimClient::Stage::Confirmed) {
        body = QStringLiteral("<p>Klienten må bekreftes før avtaledokumentene kan signeres.</p>");
    } else if (c->isSigned()) {
        body = QStringLiteral(
                   "<p>Avtaledokumentene for organisasjonsnummer %1 er signert. Klienten er klar.</p>")
                   .arg(esc(c->organizationNumber));
    } else {
        body = QStringLiteral(
                   "<p>Virksomheten med organisasjonsnummer <strong>%1</strong> må signere disse "
                   "dokumentene før fagsystemet kan bruke klienten:</p><ul><li>Vilkår for bruk av HelseID"
                   "</li><li>Databehandleravtale for Sentral forskrivningsmodul (SFM)</li></ul><p>%2</p>")
                   .arg(esc(c->organizationNumber),
                        html::button(m_urls.portal + QStringLiteral("/clients/") + encodedId(clientId) +
                                         QStringLiteral("/sign"),
                                     QStringLiteral("Signer"), {}));
    }
    return SimResponse::html(html::page(QStringLiteral("Signer avtaledokumenter"), body)).forClient(clientId);
}

SimResponse PortalPages::signAction(const QString &clientId)
{
    if (!m_state.client(clientId))
        return notFound(clientId);
    (void)m_state.signClient(clientId); // the page shows the outcome either way
    return signPage(clientId);
}

} // namespace sfm::sim

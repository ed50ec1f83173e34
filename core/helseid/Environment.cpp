#include "Environment.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::helseid {

namespace {

QUrl withoutTrailingSlash(const QUrl &url)
{
    QUrl u = url;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path);
    return u;
}

Environment make(Environment::Kind kind, const QUrl &issuer, const QUrl &api, const QUrl &portal)
{
    Environment e;
    e.kind = kind;
    e.issuer = withoutTrailingSlash(issuer);
    e.apiBase = withoutTrailingSlash(api);
    e.portalBase = withoutTrailingSlash(portal);
    return e;
}

} // namespace

// Reference section 2: the hosts differ only by ".test". These two functions are the only place in the
// code that names them.
Environment Environment::test()
{
    return make(Kind::Test, QUrl(QStringLiteral("https://helseid-sts.test.nhn.no")),
                QUrl(QStringLiteral("https://api.selvbetjening.test.nhn.no")),
                QUrl(QStringLiteral("https://selvbetjening.test.nhn.no")));
}

Environment Environment::prod()
{
    return make(Kind::Prod, QUrl(QStringLiteral("https://helseid-sts.nhn.no")),
                QUrl(QStringLiteral("https://api.selvbetjening.nhn.no")),
                QUrl(QStringLiteral("https://selvbetjening.nhn.no")));
}

Environment Environment::demo(const QUrl &issuer, const QUrl &apiBase, const QUrl &portalBase)
{
    return make(Kind::Demo, issuer, apiBase, portalBase);
}

Environment Environment::custom(const QUrl &issuer, const QUrl &apiBase, const QUrl &portalBase)
{
    return make(Kind::Custom, issuer, apiBase, portalBase);
}

Result<Environment> Environment::demoFromAnnouncement(QByteArrayView jsonLine)
{
    const QJsonObject o = QJsonDocument::fromJson(jsonLine.trimmed().toByteArray()).object();
    QList<QUrl> urls;
    for (const char *name : {"issuer", "api", "portal"}) {
        const QUrl url(o.value(QLatin1String(name)).toString(), QUrl::StrictMode);
        if (!url.isValid() || !net::isLoopbackHost(url.host()) || !net::checkUrlAllowed(url))
            return Error(
                QStringLiteral("helseid.environment.bad_simulator"),
                [] {
                    return QCoreApplication::translate(
                        "Environment", "The simulator's start line could not be used: it must name loopback "
                                       "addresses for issuer, api and portal.");
                },
                QLatin1String(name));
        urls.append(url);
    }
    return demo(urls[0], urls[1], urls[2]);
}

Result<Environment> Environment::fromName(QStringView name)
{
    if (name.compare(QLatin1String("test"), Qt::CaseInsensitive) == 0)
        return test();
    if (name.compare(QLatin1String("prod"), Qt::CaseInsensitive) == 0)
        return prod();
    // A copy, not the view: the message is made again after the caller's text is gone.
    return Error(QStringLiteral("helseid.environment.unknown"), [shown = name.toString().left(40)] {
        return QCoreApplication::translate("Environment",
                                           "Unknown environment \"%1\". Use test or prod (demo and custom "
                                           "environments need their addresses).")
            .arg(shown);
    });
}

std::optional<Environment::Kind> Environment::kindFromName(QStringView name)
{
    if (name == QLatin1String("demo"))
        return Kind::Demo;
    if (name == QLatin1String("test"))
        return Kind::Test;
    if (name == QLatin1String("prod"))
        return Kind::Prod;
    if (name == QLatin1String("custom"))
        return Kind::Custom;
    return std::nullopt;
}

Result<Environment> Environment::fromSaved(QStringView name, const QUrl &issuer, const QUrl &apiBase,
                                           const QUrl &portalBase)
{
    const auto refused = [shown = name.toString().left(20)](const QString &detail) {
        return Error(
            QStringLiteral("helseid.environment.saved_mismatch"),
            [shown] {
                return QCoreApplication::translate(
                           "Environment",
                           "The onboarding file names the environment «%1» with addresses that do not belong "
                           "to it. The file was changed outside this program; it is not used.")
                    .arg(shown);
            },
            detail);
    };
    const auto kind = kindFromName(name);
    if (!kind)
        return refused(QStringLiteral("unknown environment name"));
    const Environment saved = make(*kind, issuer, apiBase, portalBase);
    switch (*kind) {
    case Kind::Test:
    case Kind::Prod: {
        const Environment known = *kind == Kind::Test ? test() : prod();
        if (saved != known)
            return refused(QStringLiteral("addresses differ from the known %1 addresses").arg(known.name()));
        return known;
    }
    case Kind::Demo:
    case Kind::Custom:
        for (const QUrl *url : {&saved.issuer, &saved.apiBase, &saved.portalBase}) {
            const bool loopback = net::isLoopbackHost(url->host());
            if (!url->isValid() || url->host().isEmpty() || (*kind == Kind::Demo && !loopback) ||
                !net::checkUrlAllowed(*url))
                return refused(url->toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200));
        }
        return saved;
    }
    return refused({});
}

QString Environment::name() const
{
    switch (kind) {
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Test:
        return QStringLiteral("test");
    case Kind::Prod:
        return QStringLiteral("prod");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

QString Environment::displayName() const
{
    switch (kind) {
    case Kind::Demo:
        return QCoreApplication::translate("Environment", "Practice (simulator)");
    case Kind::Test:
        return QCoreApplication::translate("Environment", "HelseID TEST");
    case Kind::Prod:
        return QCoreApplication::translate("Environment", "HelseID production");
    case Kind::Custom:
        return QCoreApplication::translate("Environment", "Custom environment");
    }
    return {};
}

bool Environment::isValid() const
{
    return issuer.isValid() && !issuer.host().isEmpty() && apiBase.isValid() && !apiBase.host().isEmpty() &&
           portalBase.isValid() && !portalBase.host().isEmpty();
}

QString Environment::issuerString() const
{
    return issuer.toString(QUrl::FullyEncoded);
}

QUrl Environment::discoveryUrl() const
{
    QUrl u = issuer;
    u.setPath(issuer.path() + QStringLiteral("/.well-known/openid-configuration"));
    return u;
}

QUrl Environment::apiUrl(QStringView path) const
{
    QUrl u = apiBase;
    QString p = path.toString();
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    u.setPath(apiBase.path() + p);
    return u;
}

QUrl Environment::confirmClientUrl(const QString &clientId) const
{
    QUrl u = portalBase;
    // The client id is a path segment: percent-encode anything that is not safe there.
    u.setPath(portalBase.path() + QStringLiteral("/confirm-client/") +
                  QString::fromLatin1(QUrl::toPercentEncoding(clientId)),
              QUrl::TolerantMode);
    return u;
}

} // namespace sfm::helseid

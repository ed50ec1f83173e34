#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// An EPJ vendor's client template in the simulated portal: the scopes it offers (Forhåndsvalgt or
// Tilgjengelig), the API key that selects it on POST /v1/client-drafts, and its packages (Alternative 2).
namespace sfm::sim {

struct KlientmalPackage
{
    QString id;
    QString name;
    QStringList scopes;
};

struct Klientmal
{
    QString name;
    QString apiKey;
    QString systemId; // names the Klientmal in package links (Alternative 2)
    QStringList scopes;
    QMap<QString, QString> defaults; // scope -> "Forhåndsvalgt" | "Tilgjengelig"
    QList<KlientmalPackage> packages;

    bool offers(const QString &scope) const { return scopes.contains(scope); }
    const KlientmalPackage *package(const QString &id) const;

    // {"name","apiKey","scopes","defaults", "systemId", "packages"}: the start line and the state file.
    QJsonObject toJson() const;
    // Reads a Klientmal from a config file; a missing apiKey gets a random one.
    static Result<Klientmal> fromJson(const QJsonObject &json);

    // The Klientmal that exists from the start, with its fixed, documented API key.
    static Klientmal demo();
    static QString randomApiKey();
};

inline const QString DemoApiKey = QStringLiteral("demo-klientmal-api-key");
inline const QString SelvbetjeningScope = QStringLiteral("nhn:selvbetjening/client");
inline const QString SfmApiScope = QStringLiteral("e-helse:sfm.api/sfm.api2");
inline const QString SfmMigreringScope = QStringLiteral("e-helse:sfm.api/sfm-migrering.api2");
inline const QString SfmIdClaimType = QStringLiteral("e-helse:sfm.api/client/claims/sfm-id");
inline const QString Forhaandsvalgt = QStringLiteral("Forhåndsvalgt");
inline const QString Tilgjengelig = QStringLiteral("Tilgjengelig");

} // namespace sfm::sim

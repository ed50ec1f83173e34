#pragma once

#include "PortalConfiguration.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace sfm::helseid {

// What the chosen environment and vendor profile expect of an imported configuration. The issuer comes from
// the environment (core/helseid's Environment), the scopes from the vendor profile.
struct ImportExpectations
{
    QUrl expectedIssuer;        // empty: the authority is not checked (a warning says so)
    QStringList expectedScopes; // scopes the vendor profile wants; a missing one is a warning
};

// Checks a parsed configuration against the environment and scope policy (reference §4, §7). Fatal:
// an authority from another environment. Non-fatal warnings (added to config.warnings): SFM scope missing,
// only the deprecated SFM scope, expected scopes missing, no nhn:selvbetjening/client (key renewal then
// happens in the portal), rsaKeySizeBits not matching the key.
class PortalConfigurationValidator
{
    Q_DECLARE_TR_FUNCTIONS(PortalConfigurationValidator)

public:
    static Result<void> validate(PortalConfiguration &config, const ImportExpectations &expectations);

    // Issuers compared the way HelseID's discovery does: scheme and host case-insensitive, a trailing "/"
    // ignored.
    static bool sameIssuer(const QUrl &a, const QUrl &b);

    static inline const QString SfmScope = QStringLiteral("e-helse:sfm.api/sfm.api2");
    static inline const QString DeprecatedSfmScope = QStringLiteral("e-helse:sfm.api/sfm.api");
    static inline const QString SelfServiceScope = QStringLiteral("nhn:selvbetjening/client");
};

} // namespace sfm::helseid

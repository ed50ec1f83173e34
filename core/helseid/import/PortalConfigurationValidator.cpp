#include "PortalConfigurationValidator.h"

#include "Logging.h"

namespace sfm::helseid {

namespace {

QString normalizedIssuer(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int port =
        url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(port) + path;
}

} // namespace

bool PortalConfigurationValidator::sameIssuer(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && normalizedIssuer(a) == normalizedIssuer(b);
}

Result<void> PortalConfigurationValidator::validate(PortalConfiguration &config,
                                                    const ImportExpectations &expectations)
{
    if (expectations.expectedIssuer.isEmpty()) {
        config.warnings << ImportWarning(QStringLiteral("import.warning.authority_not_checked"),
                                         [authority = config.authority.toString()] {
                                             return tr("The HelseID address in the file (%1) was not checked "
                                                       "against an environment. Choose TEST or production to "
                                                       "have it checked.")
                                                 .arg(authority);
                                         });
    } else if (!sameIssuer(config.authority, expectations.expectedIssuer)) {
        return Error(
            QStringLiteral("import.wrong_environment"),
            // The addresses only: the configuration holds the private key.
            [file = config.authority.toString(), chosen = expectations.expectedIssuer.toString()] {
                return tr("This configuration file is for the HelseID at %1, but the environment you chose "
                          "uses %2. Choose the environment the file was made for, or get a configuration "
                          "file from the portal of the environment you want.")
                    .arg(file, chosen);
            },
            QStringLiteral("authority %1, expected issuer %2")
                .arg(config.authority.toString(), expectations.expectedIssuer.toString()));
    }

    if (!config.hasScope(SfmScope)) {
        if (config.hasScope(DeprecatedSfmScope)) {
            config.warnings << ImportWarning(QStringLiteral("import.warning.deprecated_sfm_scope"), [] {
                return tr("The client has only the old SFM scope «%1», which is being phased out and does "
                          "not "
                          "work with DPoP. Add «%2» to the client in the portal.")
                    .arg(DeprecatedSfmScope, SfmScope);
            });
        } else {
            config.warnings << ImportWarning(QStringLiteral("import.warning.sfm_scope_missing"), [] {
                return tr("The client does not have the SFM scope «%1», so the journal system cannot use SFM "
                          "with it. Add the scope to the client in the portal, or check that this is the "
                          "right "
                          "file.")
                    .arg(SfmScope);
            });
        }
    }

    QStringList missing;
    for (const QString &scope : expectations.expectedScopes) {
        if (scope != SfmScope && !config.hasScope(scope))
            missing << scope;
    }
    if (!missing.isEmpty()) {
        config.warnings << ImportWarning(QStringLiteral("import.warning.expected_scope_missing"),
                                         [scopes = missing.join(QStringLiteral(", "))] {
                                             return tr("The client lacks scopes the journal system's vendor "
                                                       "expects: %1. Add them to the client in the portal if "
                                                       "the journal system needs them.")
                                                 .arg(scopes);
                                         });
    }

    config.canRenewKeyViaApi = config.hasScope(SelfServiceScope);
    if (!config.canRenewKeyViaApi) {
        config.warnings << ImportWarning(QStringLiteral("import.warning.no_key_renewal_scope"), [] {
            return tr("The client does not have the scope «%1», so its key cannot be renewed automatically: "
                      "renew it in the portal before it expires. NHN recommends adding this scope.")
                .arg(SelfServiceScope);
        });
    }

    if (config.rsaKeySizeBits && config.key.type() == crypto::KeyType::Rsa &&
        *config.rsaKeySizeBits != config.key.bits()) {
        config.warnings << ImportWarning(
            QStringLiteral("import.warning.key_size_mismatch"),
            [said = *config.rsaKeySizeBits, has = config.key.bits()] {
                return tr("The file says the key has %1 bits, but it has %2. The "
                          "key itself is used.")
                    .arg(said)
                    .arg(has);
            });
    }

    for (const ImportWarning &warning : std::as_const(config.warnings))
        qCInfo(lcHelseId) << "Import of client" << config.clientId << "warning:" << warning.code;
    return {};
}

} // namespace sfm::helseid

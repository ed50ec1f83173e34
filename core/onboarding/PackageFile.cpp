#include "PackageFile.h"

#include "Onboarding.h"
#include "helseid/import/PackageFileCleanup.h"
#include "helseid/import/PackageImporter.h"
#include "storage/SecretStore.h"

namespace sfm::onboarding {

using helseid::PackageFileCleanup;
using helseid::PortalConfiguration;

namespace {

QString keySourceName(PortalConfiguration::KeySource source)
{
    switch (source) {
    case PortalConfiguration::KeySource::PrivateJwk:
        return QStringLiteral("privateJwk");
    case PortalConfiguration::KeySource::RsaKeyXml:
        return QStringLiteral("rsaPrivateKey");
    case PortalConfiguration::KeySource::Both:
        return QStringLiteral("privateJwk+rsaPrivateKey");
    }
    return {};
}

} // namespace

Result<ImportSummary> PackageFile::check(const QString &path, const SecureBytes &password,
                                         const QUrl &expectedIssuer, const QStringList &expectedScopes)
{
    helseid::PackageImporter::Options options;
    options.password = password;
    options.expectations.expectedIssuer = expectedIssuer;
    options.expectations.expectedScopes = expectedScopes;
    auto config = helseid::PackageImporter::importFile(path, options);
    if (!config)
        return config.error();
    return summaryOf(config.value());
}

ImportSummary PackageFile::summaryOf(const PortalConfiguration &config)
{
    ImportSummary s;
    s.clientId = config.clientId;
    s.clientName = config.clientName;
    s.authority = config.authority;
    s.scopes = config.scopes;
    s.grantTypes = config.grantTypes;
    s.redirectUris = config.redirectUris;
    s.pkceRequired = config.pkceRequired;
    s.canRenewKeyViaApi = config.canRenewKeyViaApi;
    s.kid = config.kid;
    s.thumbprint = config.key.thumbprint();
    s.rsa = config.key.type() == crypto::KeyType::Rsa;
    s.keyBits = config.key.bits();
    if (!s.rsa && config.key.curve())
        s.curve = crypto::curveName(*config.key.curve());
    s.keySource = keySourceName(config.keySource);
    s.algorithm = config.algorithm;
    s.signingAlgorithm = config.algorithm.value_or(config.key.defaultAlgorithm());
    for (const helseid::ImportWarning &warning : config.warnings) {
        if (warning.translator)
            s.warnings.append(Error(warning.code, warning.translator));
        else
            s.warnings.append(Error(warning.code, warning.message));
    }
    return s;
}

bool PackageFile::keepsKeyInFile(const Onboarding &onboarding)
{
    const storage::SecretStore *secrets = onboarding.services().secrets;
    return secrets && secrets->kindName() == KeyReference::kindName(KeyReference::Kind::EncryptedFile);
}

QString PackageFile::keepingFileNotice(const Onboarding &onboarding, const QString &path)
{
    const KeyReference &reference = onboarding.data().keyReference;
    if (reference.kind != KeyReference::Kind::EncryptedFile)
        return PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::Keychain);
    const storage::SecretStore *secrets = onboarding.services().secrets;
    return PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::EncryptedFile,
                                                 secrets ? secrets->keyFilePath(reference.entry)
                                                         : reference.service);
}

Result<void> PackageFile::secureDelete(const QString &path)
{
    return PackageFileCleanup::secureDelete(path);
}

} // namespace sfm::onboarding

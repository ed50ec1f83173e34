#include "OverviewDeleteQuestion.h"

#include "fleet/OnboardingCollection.h"

#include <QDir>

namespace sfm::ui {

using onboarding::OnboardingData;

QString OverviewDeleteQuestion::text(const fleet::OnboardingCollection &collection, const QStringList &ids)
{
    QStringList removed;
    QStringList names;
    bool keychain = false;
    QStringList keyFiles;
    for (const QString &id : ids) {
        const int row = collection.rowOf(id);
        if (row < 0)
            continue;
        const OnboardingData &d = collection.at(row);
        names << (d.setup.journalName.isEmpty() ? d.id : d.setup.journalName);
        removed << QDir::toNativeSeparators(collection.pathAt(row));
        if (d.keyReference.kind == onboarding::KeyReference::Kind::Keychain)
            keychain = true;
        else if (d.keyReference.kind == onboarding::KeyReference::Kind::EncryptedFile)
            keyFiles << QDir::toNativeSeparators(d.keyReference.entry);
    }
    QStringList parts;
    parts << (ids.size() == 1 ? tr("Delete the onboarding «%1»?").arg(names.value(0))
                              : tr("Delete %n onboarding(s)?", nullptr, int(ids.size())));
    QStringList what;
    what << tr("• the onboarding file: %1").arg(removed.join(QStringLiteral(", ")));
    if (keychain)
        what << tr("• the private key in this computer's keychain");
    if (!keyFiles.isEmpty())
        what << tr("• the encrypted key file: %1").arg(keyFiles.join(QStringLiteral(", ")));
    parts << tr("This removes from this computer:\n%1").arg(what.join(u'\n'));
    parts << tr(
        "The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in "
        "the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be "
        "brought back.");
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace sfm::ui

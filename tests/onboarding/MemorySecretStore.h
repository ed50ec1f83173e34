#pragma once

#include "storage/SecretStore.h"

#include <QHash>
#include <QTimer>

// A secret store for state-machine tests: keys in memory, and a switch that makes it behave like a
// keychain that is not there.
class MemorySecretStore : public sfm::storage::SecretStore
{
public:
    bool unavailable = false;
    bool removeFails = false; // removeKey() reports an error and keeps the key
    QHash<QString, sfm::crypto::Key> keys;

    QString kindName() const override { return QStringLiteral("keychain"); }
    QString location() const override { return QStringLiteral("memory"); }
    void storeKey(const QString &entry, const sfm::crypto::Key &key, DoneCallback done) override
    {
        QTimer::singleShot(0, this, [this, entry, key, done] {
            if (unavailable) {
                done(sfm::Error(QStringLiteral("storage.keychain.unavailable"),
                                QStringLiteral("no keychain")));
                return;
            }
            keys.insert(entry, key);
            done({});
        });
    }
    void loadKey(const QString &entry, KeyCallback done) override
    {
        QTimer::singleShot(0, this, [this, entry, done] {
            if (!keys.contains(entry))
                done(sfm::Error(QStringLiteral("storage.keychain.not_found"), QStringLiteral("not found")));
            else
                done(keys.value(entry));
        });
    }
    void removeKey(const QString &entry, DoneCallback done) override
    {
        if (removeFails) {
            QTimer::singleShot(0, this, [done] {
                done(sfm::Error(QStringLiteral("storage.keychain.locked"), QStringLiteral("locked")));
            });
            return;
        }
        keys.remove(entry);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    QStringList knownEntries() const override { return keys.keys(); }
};

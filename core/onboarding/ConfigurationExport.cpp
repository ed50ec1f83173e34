#include "ConfigurationExport.h"

#include "EpjConfiguration.h"
#include "KeyCustody.h"
#include "KeyHandover.h"
#include "Logging.h"
#include "Onboarding.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

namespace sfm::onboarding {

ConfigurationExport::ConfigurationExport(Onboarding &owner)
    : q(owner)
{}

Result<QByteArray> ConfigurationExport::json() const
{
    if (q.m_data.state != State::Ready && q.m_data.state != State::Exported)
        return Error(
            QStringLiteral("onboarding.not_ready"),
            [state = q.m_data.state] {
                return Onboarding::tr("The configuration can be exported when the client is ready (now: %1).")
                    .arg(stateLabel(state));
            },
            stateName(q.m_data.state));
    return EpjConfiguration::fromOnboarding(q.m_data).toJson();
}

Result<void> ConfigurationExport::write(const QString &path)
{
    auto configuration = json();
    if (!configuration)
        return configuration.error();
    QSaveFile file(path);
    const auto writeFailed = [&file, &path] {
        return Error(
            QStringLiteral("onboarding.export.write"),
            [path] {
                return Onboarding::tr("Could not write the configuration to %1. Choose another place.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed();
    file.write(configuration.value());
    if (!file.commit())
        return writeFailed();
    q.m_data.exportedAt = QDateTime::currentDateTimeUtc();
    q.m_data.exportedTo = QFileInfo(path).absoluteFilePath();
    qCInfo(lcOnboarding) << "onboarding" << q.m_data.id << "configuration exported";
    if (q.m_data.state != State::Exported)
        q.setState(State::Exported);
    else
        q.save();
    emit q.dataChanged();
    return {};
}

void ConfigurationExport::handOverAndWrite(const QString &path, const KeyDestination &destination,
                                           const SecureBytes &passphrase,
                                           std::function<void(Result<void>)> done)
{
    const auto answer = [this, done](Result<void> result) {
        QMetaObject::invokeMethod(
            &q, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    if (auto ready = json(); !ready) {
        answer(ready.error());
        return;
    }
    if (auto complete = KeyHandover::check(destination); !complete) {
        answer(complete);
        return;
    }
    if (destination.kind == KeyDestination::Kind::Keychain) {
        q.m_data.keyDestination = destination; // the onboarding's own entry: nothing to hand over
        answer(write(path));
        return;
    }
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, path, destination, passphrase, answer](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            answer(key.error());
            return;
        }
        if (auto handed = KeyHandover::handOver(key.value(), destination, passphrase); !handed) {
            answer(handed);
            return;
        }
        q.m_data.keyDestination = destination;
        answer(write(path));
    });
}

} // namespace sfm::onboarding

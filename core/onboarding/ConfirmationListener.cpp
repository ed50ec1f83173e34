#include "ConfirmationListener.h"

#include "Logging.h"

#include <QCoreApplication>

namespace sfm::onboarding {

namespace {

constexpr int MaxStatusChars = 100;

QString statusOf(const QUrlQuery &query)
{
    QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded).left(MaxStatusChars);
    for (QChar &c : status) {
        if (!c.isPrint())
            c = u'?';
    }
    return status.isEmpty() ? QStringLiteral("(none)") : status;
}

QByteArray page(const QString &status)
{
    if (status == QLatin1String("Success"))
        return net::LoopbackListener::answerPage(
            ConfirmationListener::tr("The client is confirmed"),
            {ConfirmationListener::tr("Thank you! You can close this window. The wizard continues by itself: "
                                      "next, the agreement documents must be signed.")});
    return net::LoopbackListener::answerPage(
        ConfirmationListener::tr("The client was not confirmed"),
        {ConfirmationListener::tr("The portal answered with status “%1”. You can open the confirmation link "
                                  "again and try once more.")
             .arg(status)});
}

net::LoopbackListener::Options options(QString path)
{
    net::LoopbackListener::Options o;
    o.path = std::move(path);
    o.secretPlace = net::LoopbackListener::SecretPlace::PathSegment;
    return o;
}

} // namespace

ConfirmationListener::ConfirmationListener(QString path, QObject *parent)
    : QObject(parent)
    , m_listener(options(std::move(path)))
{
    m_listener.setPageMaker([](const QUrlQuery &query) { return page(statusOf(query)); });
    connect(&m_listener, &net::LoopbackListener::callbackReceived, this, &ConfirmationListener::onCallback);
}

Result<quint16> ConfirmationListener::listen(quint16 preferredPort, const QString &secret)
{
    auto port = m_listener.listen(preferredPort, secret);
    if (port) {
        qCInfo(lcOnboarding) << "confirmation listener on port" << port.value();
        return port;
    }
    return Error(
        QStringLiteral("onboarding.listener.failed"),
        [] {
            return QCoreApplication::translate(
                "sfm::onboarding::ConfirmationListener",
                "Could not open a local port to notice the confirmation. The onboarding still notices it by "
                "checking with HelseID, only a little later.");
        },
        port.error().detail);
}

void ConfirmationListener::close()
{
    m_listener.close();
}

QUrl ConfirmationListener::redirectUri() const
{
    return m_listener.callbackUrl();
}

void ConfirmationListener::onCallback(const QUrlQuery &query)
{
    const QString status = statusOf(query);
    qCInfo(lcOnboarding) << "confirmation redirect received, status" << status;
    emit statusReceived(status);
}

} // namespace sfm::onboarding

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace sfm::net {

// A request body Qt's HTTP layer can read exactly once. Qt silently re-sends a request when a kept-alive
// connection drops before any answer, rewinding the body to do so, whatever the method; this body refuses
// to rewind, so that resend fails (QNetworkReply::ContentReSendError) and a request that must not repeat —
// the client-draft POST — reaches the server at most once. Sequential, so Qt never seeks it on its own; send
// it with QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length, or Qt buffers it (and can
// rewind the buffer).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64 /*pos*/) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char * /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace sfm::net

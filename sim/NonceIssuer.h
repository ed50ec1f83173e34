#pragma once

#include <QString>

// The DPoP-Nonce values the STS hands out (RFC 9449 section 8). One current nonce, replaced halfway
// through its lifetime; the one before stays good until its own lifetime ends, so a client that fetched
// a nonce just before the switch is not refused.
namespace sfm::sim {

class NonceIssuer
{
public:
    QString current(qint64 now, int lifetimeSeconds);
    bool isValid(const QString &nonce, qint64 now, int lifetimeSeconds) const;

private:
    struct Issued
    {
        QString value;
        qint64 issuedAt = 0;
    };
    Issued m_current;
    Issued m_previous;
};

} // namespace sfm::sim

#include "NonceIssuer.h"

#include "crypto/DpopProof.h"

namespace sfm::sim {

QString NonceIssuer::current(qint64 now, int lifetimeSeconds)
{
    if (m_current.value.isEmpty() || now - m_current.issuedAt >= lifetimeSeconds / 2 ||
        now < m_current.issuedAt) {
        m_previous = m_current;
        m_current = {crypto::newJti(), now};
    }
    return m_current.value;
}

bool NonceIssuer::isValid(const QString &nonce, qint64 now, int lifetimeSeconds) const
{
    if (nonce.isEmpty())
        return false;
    for (const Issued *issued : {&m_current, &m_previous}) {
        if (issued->value == nonce && now >= issued->issuedAt && now - issued->issuedAt < lifetimeSeconds)
            return true;
    }
    return false;
}

} // namespace sfm::sim

#include "SecureBytes.h"

#include <openssl/crypto.h>

namespace sfm {

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared with another owner: wiping would corrupt theirs; just drop our reference.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecureBytes::SecureBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    secureWipe(m_bytes);
}

} // namespace sfm

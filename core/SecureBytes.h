#pragma once

#include <QByteArray>

namespace sfm {

// A byte buffer that is wiped (OPENSSL_cleanse) when it dies: for serialized private keys and passwords.
// Copying is allowed but each copy wipes itself; prefer moving.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    SecureBytes(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    void clear();

private:
    QByteArray m_bytes;
};

// Overwrites the bytes of a buffer in place (detaching first would leave a copy behind, so callers pass
// the only owner).
void secureWipe(QByteArray &bytes);

} // namespace sfm

#pragma once

#include <QCoreApplication>

namespace sfm::crypto {

// The translation context of core/crypto's user-visible messages; the free functions and helpers there call
// CryptoText::tr() so lupdate finds their strings in one context.
class CryptoText
{
    Q_DECLARE_TR_FUNCTIONS(CryptoText)
};

} // namespace sfm::crypto

#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <type_traits>

namespace sfm {

// The one error type of the project: a stable code for programs and tests, a translated message for the
// user (what happened and what to do next), and technical detail for support. None of the three may ever
// hold a private key, a token, an API key or a password. An error made with a translator can make its
// message again after the user switched language (retranslated()), so an error on screen follows the switch.
struct Error
{
    // Makes the message in the language installed when it is called: a lambda re-running the
    // tr(…).arg(…) expression that made it. It captures by value only what the message shows (never a
    // secret, never `this` of an object that may be gone), and calls retranslated() on an error it wraps.
    class Translator
    {
    public:
        Translator() = default;
        template<typename F>
        Translator(F make) requires(std::is_invocable_v<const F &> &&
                                    !std::is_same_v<std::remove_cvref_t<F>, Translator>)
            : m_make(std::move(make))
        {
            // `a + b` is a QStringBuilder holding references to temporaries that are gone once the lambda
            // returns, before std::function would turn it into a QString.
            static_assert(std::is_same_v<std::invoke_result_t<const F &>, QString>,
                          "a translator returns a QString: write [...]() -> QString { ... }");
        }

        explicit operator bool() const { return bool(m_make); }
        QString operator()() const { return m_make ? m_make() : QString(); }

    private:
        std::function<QString()> m_make;
    };

    QString code;    // stable, dotted, e.g. "crypto.jwk.bad_curve"; never translated
    QString message; // translated, for the user: what happened and what to do next
    QString detail;  // untranslated technical detail (HTTP status, OpenSSL reason, …); may be empty
    // Makes message again in the current language; empty when the message cannot follow (e.g. one read
    // back from a saved onboarding).
    Translator translator;

    Error() = default;
    Error(QString c, QString m, QString d = {})
        : code(std::move(c))
        , message(std::move(m))
        , detail(std::move(d))
    {}
    // The message is made now by `translate`, and again by retranslated(). A template, so that a lambda needs
    // no conversion and `Error(code, {})` still means an empty message.
    template<typename F>
    Error(QString c, F translate, QString d = {}) requires std::is_invocable_v<const F &>
        : code(std::move(c)), detail(std::move(d)), translator(std::move(translate))
    {
        message = translator();
    }

    bool isNull() const { return code.isEmpty(); }
    // This error with its message in the language installed now (itself when it has no translator); what
    // a widget showing it calls on QEvent::LanguageChange.
    Error retranslated() const;
    // "message (detail)" for a log line or a CLI's stderr.
    QString toString() const;
};

} // namespace sfm

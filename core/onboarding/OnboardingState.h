#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sfm::onboarding {

// Where one onboarding stands. The order is the normal path; Failed and Cancelled can be reached from any
// state before Ready. The names (stateName) are stable: they are written to the onboarding files and the
// CLI's JSON output.
enum class State
{
    Draft,                // set up, nothing made yet
    KeyReady,             // the private key is in the secret store; nothing sent to HelseID yet
    Registered,           // HelseID knows the client (client id known)
    AwaitingConfirmation, // waiting for someone to confirm the client draft in the portal (Alternative 1)
    AwaitingAccess,       // confirmed; waiting until every scope and claim is "ok" (documents signed)
    Ready,                // every scope and claim is ok: the EPJ can get tokens
    Exported,             // the EPJ configuration was written
    Failed,               // stopped with an error; retry() continues from where it stopped
    Cancelled             // given up by the user
};

// The three ways of the seed document (reference section 1).
enum class Alternative
{
    Api = 1,                  // Alternative 1: client draft through the self-service API
    PackageConfiguration = 2, // Alternative 2: portal package link, zip with the key
    Manual = 3                // Alternative 3: client made by hand in the portal
};

QString stateName(State state);                       // "draft", "key-ready", …, "cancelled"
std::optional<State> stateFromName(QStringView name); // nullopt for an unknown name
QString alternativeName(Alternative alternative);     // "api", "package", "manual"
std::optional<Alternative> alternativeFromName(QStringView name);

// A short translated label for a state, for lists and status lines.
QString stateLabel(State state);

// True for states in which the onboarding waits for a person (confirm, sign) and polls by itself.
bool isWaitingState(State state);
// True once nothing more will happen by itself (Ready, Exported, Cancelled).
bool isFinalState(State state);

} // namespace sfm::onboarding

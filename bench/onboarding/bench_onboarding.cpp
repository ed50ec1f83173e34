// How much CPU and how many requests one onboarding costs the client, alone and 200 at a time, against the
// helseid-sim program (a separate process, so its work is not counted). Key generation is excluded: one RSA
// 4096 key is made up front. Baseline: a bare client-credentials DPoP token round trip (discovery cached),
// measured in the same run. Requests are counted from the simulator's one-line-per-request log.
#include "SimProcess.h"

#include "helseid/DiscoveryClient.h"
#include "helseid/Environment.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "storage/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace sfm;
using namespace sfm::onboarding;

namespace {

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1000.0 +
           (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1000.0;
}

// Blocks in the event loop (not spinning, so idle waiting costs no CPU) until done() or the time is up.
void waitUntil(const std::function<bool()> &done, int ms = 600000)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
}

// Keys in memory: the keychain's cost is not the engine's.
class MemoryStore : public storage::SecretStore
{
public:
    QHash<QString, crypto::Key> keys;
    QString kindName() const override { return QStringLiteral("keychain"); }
    QString location() const override { return QStringLiteral("memory"); }
    void storeKey(const QString &e, const crypto::Key &k, DoneCallback done) override
    {
        keys.insert(e, k);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    void loadKey(const QString &e, KeyCallback done) override
    {
        const crypto::Key k = keys.value(e);
        QTimer::singleShot(0, this, [done, k] { done(k); });
    }
    void removeKey(const QString &e, DoneCallback done) override
    {
        keys.remove(e);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    QStringList knownEntries() const override { return keys.keys(); }
};

struct Outcome
{
    double cpu = 0;
    qint64 requests = 0;
    int statusChanges = 0;
    int ready = 0;
};

Outcome onboard(int count, SimProcess &sim, net::HttpClient &http, MemoryStore &secrets,
                onboarding::OnboardingStore &store, const crypto::Key &key)
{
    OnboardingSetup setup;
    setup.environment =
        sfm::helseid::Environment::demo(QUrl(sim.info.value(QStringLiteral("issuer")).toString()),
                                        QUrl(sim.info.value(QStringLiteral("api")).toString()),
                                        QUrl(sim.info.value(QStringLiteral("portal")).toString()));
    setup.organizationNumber = QStringLiteral("974760673");
    setup.scopes = {QString::fromUtf16(SfmApiScope)};
    OnboardingServices services;
    services.http = &http;
    services.secrets = &secrets;
    services.store = &store;
    services.profile = helseid::VendorProfile::demo().value();
    services.options.pollInitialSeconds = 1;
    services.options.pollMaxSeconds = 60; // the product's backoff cap; only the first step is shortened
    services.options.pollJitter = 0;
    services.options.confirmationCacheSeconds = 0;
    services.options.listenForConfirmation = false; // confirmation is noticed by the token probe

    Outcome o;
    const qint64 requests0 = sim.settledRequests();
    const double cpu0 = cpuMs();
    std::vector<std::unique_ptr<Onboarding>> all;
    for (int i = 0; i < count; ++i) {
        auto created = Onboarding::create(setup, services);
        if (!created) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().toString()));
            return o;
        }
        std::unique_ptr<Onboarding> ob(created.value());
        Onboarding *raw = ob.get();
        QObject::connect(raw, &Onboarding::stateChanged, raw, [raw, &sim, &o](State s) {
            ++o.statusChanges;
            if (s == State::KeyReady)
                raw->registerClient();
            if (s == State::AwaitingConfirmation) {
                // The person confirms and signs at once (control API: not counted as client requests).
                const QString id = raw->data().clientId;
                sim.control("POST", QStringLiteral("/clients/%1/confirm").arg(id), [&sim, id](int, auto) {
                    sim.control("POST", QStringLiteral("/clients/%1/sign").arg(id));
                });
            }
            if (s == State::Ready)
                ++o.ready;
            if (s == State::Failed)
                std::fprintf(stderr, "failed: %s\n", qPrintable(raw->data().failure.toString()));
        });
        QObject::connect(raw, &Onboarding::accessStatusChanged, raw, [&o] { ++o.statusChanges; });
        raw->useKey(key);
        all.push_back(std::move(ob));
    }
    waitUntil([&] {
        int finished = 0;
        for (const auto &ob : all)
            finished += (ob->state() == State::Ready || ob->state() == State::Failed) ? 1 : 0;
        return finished == count;
    });
    o.cpu = cpuMs() - cpu0;
    o.requests = sim.settledRequests() - requests0;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sfm.*.info=false"));
    SimProcess sim;
    if (!sim.start()) {
        std::fprintf(stderr, "could not start %s\n", SFM_HELSEID_SIM_PATH);
        return 1;
    }
    QTemporaryDir dir;
    net::HttpClient http;
    MemoryStore secrets;
    onboarding::OnboardingStore store(dir.path());
    std::printf("making one RSA 4096 key (not measured)…\n");
    const crypto::Key key = crypto::Key::generateRsa(4096).value();

    // Warm up (discovery, first connections) and leave one ready client for the baseline.
    Outcome warm = onboard(1, sim, http, secrets, store, key);
    if (warm.ready != 1)
        return 1;
    const QString clientId = store.list().onboardings.first().clientId;

    // Baseline: bare token round trips (fresh token, cached discovery, DPoP nonce remembered).
    helseid::Environment env;
    env.kind = helseid::Environment::Kind::Demo;
    env.issuer = QUrl(sim.info.value(QStringLiteral("issuer")).toString());
    env.apiBase = QUrl(sim.info.value(QStringLiteral("api")).toString());
    env.portalBase = QUrl(sim.info.value(QStringLiteral("portal")).toString());
    helseid::DiscoveryClient discovery(http);
    discovery.setCacheDirectory(QString());
    helseid::TokenClient tokens(http, discovery, env);
    helseid::ClientCredentials credentials{clientId, key, crypto::Algorithm::PS256, {}, {}};
    const int tokenRuns = 50;
    bool ok = true;
    int answered = 0;
    auto one = [&] {
        tokens.clearCache();
        // The self-service scope: SFM scopes are for users, and HelseID refuses them to client credentials.
        tokens.requestToken(credentials, {QString::fromUtf16(SelfServiceScope)},
                            [&](Result<helseid::AccessToken> t) {
                                ok = ok && t.ok();
                                ++answered;
                            });
    };
    one(); // warm: nonce
    waitUntil([&] { return answered == 1; });
    const qint64 r0 = sim.settledRequests();
    const double c0 = cpuMs();
    for (int i = 0; i < tokenRuns; ++i) {
        const int target = answered + 1;
        one();
        waitUntil([&] { return answered == target; });
    }
    const double tokenCpu = (cpuMs() - c0) / tokenRuns;
    const double tokenRequests = double(sim.settledRequests() - r0) / tokenRuns;
    if (!ok) {
        std::fprintf(stderr, "baseline token request failed\n");
        return 1;
    }

    const Outcome single = onboard(1, sim, http, secrets, store, key);
    const Outcome batch = onboard(200, sim, http, secrets, store, key);

    std::printf("baseline: one DPoP token round trip: %.2f ms CPU, %.2f requests\n", tokenCpu, tokenRequests);
    std::printf(
        "one onboarding (Alternative 1, pre-made key): %.1f ms CPU, %lld requests, %d status changes, "
        "%.2f requests per status change, ready %d/1\n",
        single.cpu, (long long)single.requests, single.statusChanges,
        double(single.requests) / std::max(1, single.statusChanges), single.ready);
    std::printf("200 onboardings in one process: %.1f ms CPU (%.2f ms each), %lld requests (%.2f each), "
                "%.2f requests per status change, ready %d/200\n",
                batch.cpu, batch.cpu / 200, (long long)batch.requests, double(batch.requests) / 200,
                double(batch.requests) / std::max(1, batch.statusChanges), batch.ready);
    std::printf("ratio: one onboarding / token round trip: CPU %.1fx, requests %.1fx\n",
                single.cpu / tokenCpu, double(single.requests) / tokenRequests);
    std::printf("ratio: per onboarding in a batch of 200 / one alone: CPU %.2fx, requests %.2fx\n",
                (batch.cpu / 200) / single.cpu, (double(batch.requests) / 200) / double(single.requests));
    return (single.ready == 1 && batch.ready == 200) ? 0 : 1;
}

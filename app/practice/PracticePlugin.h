#pragma once

#include "PracticeBackend.h"

#include <QObject>

namespace sfm::practice {

// The sfm-practice plugin: hands the wizard simulators (sim/) running in this process on 127.0.0.1.
class PracticePlugin : public QObject, public gui::PracticeBackendFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SfmPracticeBackendFactory_iid)
    Q_INTERFACES(sfm::gui::PracticeBackendFactory)

public:
    std::unique_ptr<gui::PracticeBackend> create() override;
};

} // namespace sfm::practice

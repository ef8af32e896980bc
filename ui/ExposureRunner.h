#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace scanshield::ui {

// Runs the exposure scan of a disc that has been read, on a worker thread. Starting another
// cancels the one running.
class ExposureRunner : public QObject {
    Q_OBJECT
public:
    explicit ExposureRunner(QObject* parent = nullptr);
    ~ExposureRunner() override;

    void start(const QString& discPath, const media::DiscIndex& index);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int filesDone, int filesTotal);
    void finished(const scanshield::exposure::ExposureReport& report);

private:
    QFutureWatcher<exposure::ExposureReport> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace scanshield::ui

#pragma once

#include "media/DiscScanner.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>

namespace scanshield::ui {

// Reads a disc on a worker thread and feeds the window as it goes: progress, the index so
// far (so the first series can be looked at before the whole disc is read), and the end.
// One scan at a time; opening another disc cancels the current one.
class DiscController : public QObject {
    Q_OBJECT
public:
    explicit DiscController(QObject* parent = nullptr);
    ~DiscController() override;

    void open(const QString& path);
    void cancel();
    bool isScanning() const { return m_watcher.isRunning(); }
    const media::DiscIndex& index() const { return m_index; }
    QString location() const { return m_location; }

signals:
    void scanStarted(const QString& path);
    void progress(int filesDone, int filesTotal);
    // The patients, studies and series found so far; emitted a few times a second at most.
    void indexGrew(const QList<scanshield::media::PatientEntry>& patients);
    void scanFinished(const scanshield::media::DiscIndex& index, bool cancelled);
    void scanFailed(const QString& message);

private:
    void flushPending();
    void onWorkerDone();

    QFutureWatcher<media::ScanResult> m_watcher;
    std::atomic_bool m_cancel{false};
    QTimer m_flushTimer;
    QMutex m_mutex;
    QList<media::IndexedInstance> m_pending; // guarded by m_mutex
    int m_filesDone = 0;                     // guarded by m_mutex
    int m_filesTotal = 0;                    // guarded by m_mutex
    bool m_firstInstanceSeen = false;        // guarded by m_mutex
    media::DiscIndexBuilder m_builder;       // GUI thread only
    media::DiscIndex m_index;
    QString m_location;
};

} // namespace scanshield::ui

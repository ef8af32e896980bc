#include "ui/DiscController.h"

#include <QtConcurrent/QtConcurrentRun>

namespace scanshield::ui {

namespace {
constexpr int kFlushIntervalMs = 150;
}

DiscController::DiscController(QObject* parent) : QObject(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DiscController::flushPending);
    connect(&m_watcher, &QFutureWatcher<media::ScanResult>::finished, this, &DiscController::onWorkerDone);
}

DiscController::~DiscController()
{
    cancel();
    m_watcher.waitForFinished();
}

void DiscController::open(const QString& path)
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    m_cancel = false;
    m_builder = media::DiscIndexBuilder();
    m_index = media::DiscIndex();
    m_location = path;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.clear();
        m_filesDone = m_filesTotal = 0;
        m_firstInstanceSeen = false;
    }
    emit scanStarted(path);
    m_flushTimer.start();
    m_watcher.setFuture(QtConcurrent::run([this, path] {
        media::DiscScanner scanner;
        scanner.setCancelFlag(&m_cancel);
        scanner.setProgressCallback([this](const media::ScanProgress& p) {
            QMutexLocker lock(&m_mutex);
            m_filesDone = p.filesDone;
            m_filesTotal = p.filesTotal;
        });
        scanner.setInstanceCallback([this](const media::IndexedInstance& instance) {
            bool first = false;
            {
                QMutexLocker lock(&m_mutex);
                m_pending.append(instance);
                first = !m_firstInstanceSeen;
                m_firstInstanceSeen = true;
            }
            // The first picture is worth showing at once, not at the next timer tick: a person
            // can look at it while the rest of the disc is read.
            if (first)
                QMetaObject::invokeMethod(this, &DiscController::flushPending, Qt::QueuedConnection);
        });
        return scanner.scan(path);
    }));
}

void DiscController::cancel()
{
    m_cancel = true;
}

void DiscController::flushPending()
{
    QList<media::IndexedInstance> arrived;
    int done = 0;
    int total = 0;
    {
        QMutexLocker lock(&m_mutex);
        arrived.swap(m_pending);
        done = m_filesDone;
        total = m_filesTotal;
    }
    emit progress(done, total);
    if (arrived.isEmpty())
        return;
    for (const media::IndexedInstance& instance : arrived)
        m_builder.add(instance);
    emit indexGrew(m_builder.patients());
}

void DiscController::onWorkerDone()
{
    m_flushTimer.stop();
    const media::ScanResult result = m_watcher.result();
    if (!result.opened) {
        emit scanFailed(result.error);
        return;
    }
    m_index = result.index;
    emit progress(m_index.filesTotal, m_index.filesTotal);
    emit scanFinished(m_index, result.cancelled);
}

} // namespace scanshield::ui

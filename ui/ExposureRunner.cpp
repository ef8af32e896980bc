#include "ui/ExposureRunner.h"

#include "exposure/ExposureScanner.h"
#include "media/DiscSource.h"

#include <QtConcurrent/QtConcurrentRun>

namespace scanshield::ui {

ExposureRunner::ExposureRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<exposure::ExposureReport>::finished, this, [this] {
        const exposure::ExposureReport report = m_watcher.result();
        if (!report.cancelled)
            emit finished(report);
    });
}

ExposureRunner::~ExposureRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void ExposureRunner::start(const QString& discPath, const media::DiscIndex& index)
{
    cancel();
    m_watcher.waitForFinished();
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, discPath, index] {
        QString error;
        std::unique_ptr<media::DiscSource> source = media::openDiscSource(discPath, error);
        if (!source) {
            exposure::ExposureReport failed;
            failed.cancelled = true;
            return failed;
        }
        exposure::ExposureScanner scanner;
        scanner.setCancelFlag(&m_cancel);
        scanner.setProgressCallback([this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        return scanner.scan(index, *source);
    }));
}

void ExposureRunner::cancel()
{
    m_cancel = true;
}

} // namespace scanshield::ui

#include "ui/FaceDialog.h"

#include "media/PlainWords.h"
#include "viewer/FaceView.h"
#include "volume/SkinMask.h"
#include "volume/VolumeBuilder.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace scanshield::ui {

struct FaceDialog::Head {
    std::shared_ptr<volume::Volume> volume;
    std::shared_ptr<volume::SkinMask> skin;
    QString problem;
};

FaceDialog::FaceDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Your face in this scan"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_view = new viewer::FaceView(this);
    m_view->setAccessibleName(tr("Your head rebuilt in 3D from this scan. Arrow keys turn it."));
    layout->addWidget(m_view, 1);
    // How to turn it is written in the view itself.
    auto* help = new QLabel(tr("This picture is made on this computer and goes nowhere. Home shows the face again."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Head>>::finished, this, &FaceDialog::onHeadBuilt);
    resize(820, 760);
}

FaceDialog::~FaceDialog()
{
    // The worker reads the disc through a source this dialog shares; it must be done first.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void FaceDialog::showSeries(const media::SeriesEntry& series, const QString& discLocation)
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_cancel = false;
    m_view->clear();
    m_status->setText(tr("Reading %1 and rebuilding your head…").arg(media::seriesInWords(series.modality, series.description)));
    m_watcher.setFuture(QtConcurrent::run([series, discLocation, this] {
        auto head = std::make_shared<Head>();
        QString error;
        const std::unique_ptr<media::DiscSource> source = media::openDiscSource(discLocation, error);
        if (!source) {
            head->problem = error;
            return head;
        }
        volume::VolumeBuilder builder;
        builder.setCancelFlag(&m_cancel);
        volume::VolumeBuildResult built = builder.build(series, *source);
        if (!built.ok()) {
            head->problem = built.error;
            return head;
        }
        head->volume = std::make_shared<volume::Volume>(std::move(built.volume));
        head->skin = std::make_shared<volume::SkinMask>(volume::makeSkinMask(*head->volume));
        return head;
    }));
}

void FaceDialog::onHeadBuilt()
{
    const std::shared_ptr<Head> head = m_watcher.result();
    if (!head || !head->volume) {
        m_status->setText(tr("This scan cannot be shown in 3D: %1").arg(head ? head->problem : QString()));
        return;
    }
    m_status->setText(tr("This is your head as anyone with a copy of this disc can rebuild it."));
    m_view->setVolume(head->volume, {}, head->skin);
}

} // namespace scanshield::ui

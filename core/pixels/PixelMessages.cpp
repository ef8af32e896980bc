#include "pixels/PixelMessages.h"

#include <QCoreApplication>

namespace scanshield::pixels::messages {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("scanshield::pixels", text);
}
} // namespace

QString couldNotOpen() { return tr("this file could not be opened"); }
QString notReadable() { return tr("this file is not a medical image ScanShield can read"); }
QString noPicture() { return tr("this file has no picture in it"); }
QString cutShort() { return tr("this file is cut short"); }
QString unsupportedCompression() { return tr("this image is compressed in a way ScanShield cannot read"); }
QString unsupportedStorage() { return tr("this picture is stored in a way ScanShield cannot show"); }
QString damaged() { return tr("the picture in this file is damaged"); }
QString damagedFile() { return tr("this file is damaged and ScanShield cannot read it"); }
QString tooLarge() { return tr("this picture is too large to show on this computer"); }

QString noSuchFrame(int index, int count)
{
    return QCoreApplication::translate("scanshield::pixels", "this file has no picture number %1 (it has %2)")
        .arg(index + 1)
        .arg(count);
}

} // namespace scanshield::pixels::messages

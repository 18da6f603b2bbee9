from warta.lang.schema import SpeechWords

SPEECH = SpeechWords()

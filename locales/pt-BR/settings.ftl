# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = Configurações
settings-close = Fechar

## Nudges

settings-nudges-legend = Lembretes
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = Lembrete após ficar sem se levantar por
settings-away-label = Tempo ausente que encerra um período sentado
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = minutos ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = Lembrete de movimento rápido após
settings-quick-nudge-unit = minutos sem se levantar ({ $min }–{ $max })
settings-quick-nudge-off = Desativado
settings-quick-notify = Mostrar também uma notificação para o movimento rápido
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = Expediente das
settings-work-hours-to = às
settings-work-days = Dias de trabalho
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = Os lembretes estão pausados até { $when }.
settings-nudges-on = Os lembretes estão ativados.
settings-pause-hour = Pausar lembretes por 1 hora
settings-pause-tomorrow = Pausar até amanhã
settings-resume = Retomar lembretes

## Streak

settings-streak-legend = Sequência
settings-daily-goal-label = Meta diária
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = pausas por dia ({ $min }–{ $max })
settings-work-days-only = Só em dias de trabalho (dias de folga nunca interrompem a sequência)

## Routine and look

settings-look-legend = Rotina e aparência
settings-sound = Aviso sonoro a cada exercício
settings-theme-label = Tema
settings-theme-system = Seguir o sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
# The group of focus areas, as a screen reader names it.
settings-focus-areas = Áreas de foco
# The same group's visible heading.
settings-focus-hint = Áreas de foco (as sugestões dão preferência a elas)
settings-focus-back = Costas
settings-focus-neck = Pescoço
settings-focus-shoulders = Ombros
settings-focus-wrists = Punhos
settings-focus-eyes = Olhos
settings-focus-hips = Quadril
settings-focus-posture = Postura
settings-focus-energy = Energia
settings-focus-calm = Calma
settings-language-label = Idioma
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = Padrão do navegador ({ $language })

## Your data

settings-data-legend = Seus dados
settings-data-hint = Tudo fica neste navegador. Exporte uma cópia ou importe uma (as pausas são mescladas pelo id).
settings-export = Exportar dados
settings-import = Importar dados
settings-exported = Todos os seus dados foram exportados.
# $error is the browser's technical reason, in English.
settings-export-failed = Falha ao exportar: { $error }
settings-import-unreadable = Não foi possível ler esse arquivo. Nada foi importado.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = O intervalo dos lembretes deve ficar entre { $min } e { $max } minutos.
settings-error-away-time = O tempo ausente deve ficar entre { $min } e { $max } minutos.
settings-error-work-hour = O expediente deve usar horários entre 00:00 e 23:59.
settings-error-empty-work-hours = O expediente não pode começar e terminar no mesmo horário.
settings-error-no-work-days = Mantenha pelo menos um dia de trabalho.
settings-error-daily-goal = A meta diária deve ficar entre { $min } e { $max } pausas.
settings-error-quick-nudge = O lembrete de movimento rápido deve vir depois de { $min } a { $max } minutos ou ficar desativado.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = Este arquivo não tem pausas para importar.
import-nothing-new = Nada novo para importar: todas as pausas do arquivo já estavam aqui.
import-added = { $added ->
    [one] { $added } pausa importada
   *[other] { $added } pausas importadas
    }.
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = { $added ->
    [one] { $added } pausa importada
   *[other] { $added } pausas importadas
    }; { $present ->
    [one] { $present } já estava aqui
   *[other] { $present } já estavam aqui
    }.
import-kept-newer = { $count ->
    [one] { $count } pausa do arquivo também está salva por uma versão mais recente do { -brand }; a mais recente foi mantida.
   *[other] { $count } pausas do arquivo também estão salvas por uma versão mais recente do { -brand }; as mais recentes foram mantidas.
    }
import-replaced-damaged = { $count ->
    [one] { $count } pausa salva que não podia ser lida foi deixada de lado e restaurada a partir do arquivo.
   *[other] { $count } pausas salvas que não podiam ser lidas foram deixadas de lado e restauradas a partir do arquivo.
    }
import-routines-added = { $count ->
    [one] { $count } rotina criada por você foi adicionada.
   *[other] { $count } rotinas criadas por você foram adicionadas.
    }
import-routines-present = { $count ->
    [one] { $count } rotina criada por você já estava aqui.
   *[other] { $count } rotinas criadas por você já estavam aqui.
    }
import-routines-kept = { $count ->
    [one] { $count } rotina do arquivo é uma versão diferente de uma que você já tem; a sua foi mantida.
   *[other] { $count } rotinas do arquivo são versões diferentes de rotinas que você já tem; as suas foram mantidas.
    }
import-settings-kept-newer = Suas configurações vêm de uma versão mais recente do { -brand } e foram mantidas como estão.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = Configurações alteradas: { $fields }.
import-settings-matched = Suas configurações já eram iguais às do arquivo.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = Este arquivo é grande demais para ser uma exportação do DeskBreak ({ $bytes } bytes; o limite é 5 MB). Nada foi alterado.
# $detail is the JSON parser's technical reason, in English.
import-not-json = Este arquivo não é JSON, então não pode ser uma exportação do DeskBreak ({ $detail }). Nada foi alterado.
import-not-an-export = Este arquivo não é uma exportação do DeskBreak. Nada foi alterado.
# $version is the file's format number.
import-newer-version = Esta exportação foi feita por uma versão mais recente do DeskBreak (formato { $version }). Atualize a extensão e importe o arquivo de novo. Nada foi alterado.
import-unsupported-version = O DeskBreak não reconhece a versão de formato desta exportação. Nada foi alterado.
import-no-break-list = A lista de pausas desta exportação está ausente ou danificada. Nada foi alterado.
import-too-many-breaks = Este arquivo contém { $count } pausas, mais do que as { $max } que uma exportação pode ter. Nada foi alterado.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = Não é possível importar a pausa número { $number } deste arquivo: { $reason }. Nada foi alterado.
# $version is the version the break was saved by.
import-newer-break = Não é possível importar a pausa número { $number } deste arquivo: ela foi salva por uma versão mais recente do DeskBreak (v{ $version }). Nada foi alterado.
import-settings-not-object = As configurações deste arquivo não são válidas (não são um objeto). Nada foi alterado.
# $schema is the settings' version number.
import-settings-newer = As configurações deste arquivo não são válidas (vêm de uma versão mais recente, esquema { $schema }). Nada foi alterado.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = As configurações deste arquivo não são válidas (esquema desconhecido { $schema }). Nada foi alterado.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = As configurações deste arquivo não são válidas (campos inválidos: { $fields }). Nada foi alterado.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = As configurações deste arquivo não são válidas (em conjunto com as suas, campos inválidos: { $fields }). Nada foi alterado.
# $reason is a technical reason, in English.
import-settings-damaged = As configurações deste arquivo não são válidas ({ $reason }). Nada foi alterado.
import-no-routine-list = A lista de rotinas desta exportação está danificada. Nada foi alterado.
import-too-many-routines = Este arquivo contém { $count } rotinas, mais do que as { $max } que uma exportação pode ter. Nada foi alterado.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = Não é possível importar a rotina número { $number } deste arquivo: { $reason } Nada foi alterado.
import-newer-routine = Não é possível importar a rotina número { $number } deste arquivo: ela foi salva por uma versão mais recente do { -brand } (v{ $version }). Nada foi alterado.
# The import could not be written; $error is the storage's own message.
import-store-failed = Nada foi importado: { $error }

# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = Dispensar

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = Não foi possível ler seus dados salvos: { $error }
error-snooze = Não foi possível adiar o lembrete: { $error }
error-checkin-not-saved = Não foi possível salvar seu check-in: { $error }
error-export = Falha ao exportar: { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = O armazenamento está cheio ({ $detail }). Nada do que já estava salvo foi perdido, mas esta alteração não foi salva; exporte seus dados para guardar uma cópia.
store-unavailable = O armazenamento não está disponível agora: { $detail }. Nada foi perdido; tente de novo.
store-failed = Falha no armazenamento: { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = Falha no armazenamento: esta pausa é inválida ({ $reason }), por isso não foi salva.
store-newer-break = Falha no armazenamento: uma pausa com o mesmo id foi salva por uma versão mais recente do { -brand } e foi mantida como está.
store-newer-routine = Falha no armazenamento: uma rotina com o mesmo id foi salva por uma versão mais recente do { -brand } e foi mantida como está.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = o { $field ->
        [pack-id] id do pacote
       *[id] id
    } está vazio
record-id-too-long = o { $field ->
        [pack-id] id do pacote
       *[id] id
    } tem mais de { $max } caracteres
record-id-control = o { $field ->
        [pack-id] id do pacote
       *[id] id
    } contém caracteres de controle
record-time-out-of-range = o horário de { $which ->
        [end] término
       *[start] início
    } está fora dos anos 1970–9999
record-ends-before-start = ela termina antes de começar
record-more-done-than-total = ela tem { $done } exercícios feitos de um total de { $total }
record-checkin-out-of-range = o check-in { $which ->
        [after] depois da pausa
       *[before] antes da pausa
    } é { $value }, e não de 1 a 5
record-offset-out-of-range = a diferença de { $minutes } minutos em relação ao UTC passa de ±18 horas
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = a data local { $stored } não corresponde ao horário de término ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [one] { $count } pausa salva não pôde ser lida e foi deixada de lado; suas outras pausas estão seguras.
       *[other] { $count } pausas salvas não puderam ser lidas e foram deixadas de lado; suas outras pausas estão seguras.
    }
problem-newer-records = { $count ->
        [one] { $count } pausa de uma versão mais recente do { -brand } foi mantida como foi salva, mas não é contada aqui.
       *[other] { $count } pausas de uma versão mais recente do { -brand } foram mantidas como foram salvas, mas não são contadas aqui.
    }
problem-routines-set-aside = { $count ->
        [one] { $count } rotina criada por você não pôde ser lida e foi deixada de lado; todo o resto está seguro.
       *[other] { $count } rotinas criadas por você não puderam ser lidas e foram deixadas de lado; todo o resto está seguro.
    }
problem-settings-reset = Não foi possível ler suas configurações, então os valores padrão estão em uso; o valor antigo foi deixado de lado.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = Algumas configurações eram inválidas e voltaram ao padrão: { $fields }.
problem-sitting-reset = Não foi possível ler o estado salvo do contador de tempo sentado, então ele recomeça agora; o valor antigo foi deixado de lado.
problem-days-set-aside = { $count ->
        [one] O resumo de { $count } dia de tempo sentado e lembretes não pôde ser lido e foi deixado de lado; suas pausas estão seguras.
       *[other] Os resumos de { $count } dias de tempo sentado e lembretes não puderam ser lidos e foram deixados de lado; suas pausas estão seguras.
    }
problem-tidy-failed = Não foi possível organizar o armazenamento agora; seus dados continuam onde estavam, e isso será tentado de novo da próxima vez.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = intervalo dos lembretes
problem-field-away-min = tempo ausente
problem-field-work-start = início do expediente
problem-field-work-end = fim do expediente
problem-field-work-days = dias de trabalho
problem-field-daily-goal = meta diária
problem-field-work-days-only = só em dias de trabalho
problem-field-theme = tema
problem-field-sound = som
problem-field-focus = áreas de foco
problem-field-nudges-paused-until = lembretes pausados
problem-field-quick-nudge-min = lembrete de movimento rápido
problem-field-quick-notify = notificação de movimento rápido
problem-field-language = idioma

## A change of settings that was not stored.

store-settings-newer = Suas configurações foram salvas por uma versão mais recente do { -brand }, então foram mantidas como estão e não podem ser alteradas aqui.
# $error is one of the store-* errors above.
store-settings-not-saved = Não foi possível salvar as configurações: { $error }

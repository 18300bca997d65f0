module idleprof

go 1.26

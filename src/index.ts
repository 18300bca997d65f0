/** Entry point of the GitHub Action (action.yml: runs.main). */
import { run } from './main.js'

await run()

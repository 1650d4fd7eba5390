from guardproxy.cli import main

main()

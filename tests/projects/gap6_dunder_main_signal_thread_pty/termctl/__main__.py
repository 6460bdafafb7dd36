from termctl import app

if __name__ == "__main__":
    app.main()

module example.org/edge-gateway

go 1.23

require (
	github.com/disintegration/imaging v1.6.2
	github.com/golang-jwt/jwt/v4 v4.5.0
	golang.org/x/crypto v0.14.0
	golang.org/x/net v0.17.0
)

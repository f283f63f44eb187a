/// RSA public keys (SubjectPublicKeyInfo, base64) generated once with
/// `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:N | openssl pkey -pubout -outform DER | base64`.
enum TestKeys {
    static let rsa2048 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwFqgFTIqrAZzUfFfrrcmCQQGnWUhQMNDPItKgnTDSin9ii3ZSG9edz3Cm1WQp8FF47V6A22bIw5AYsMi+JzcmgDIBOkIb1FBszFIgig4ymHTDUB4jmqVn619UYUuNt1ZhMWNyNo68RniDvJwbJMyVZK11KumGmVA4zE7WgF+OXF+73V7ChSz9gRHCYAorUl+/QqBOE9haccqEwj4XscgQgFVQ5AWZ4Sg3f5aO63meYQsPr1KKSs+PceaKnH9P/2KFWxPPUhex27E9IS4vQ4LMQqIqxD6KXM4Jg6PF1QaQD9UM3sh3ORlsC/cgqBLe8E88PN9HmcIV2Rpf/enkpIK/wIDAQAB"
    static let rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC6Fu3nPnv2c6tm2tZZOal6wGHM2qKaImHXqpWSX4x3DYJokuohqnh30/0JoVOJEUdUEe5D20mai1l3wUk95+DKXdioz6T7N31d17Qt8gKzuecC+NmrTrK0dKnWZILUskiuUyjqAnMO6AcH0dZlECQFisTyj4J3EKAh1PSo2tCRkQIDAQAB"
    static let rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAOeWwgwsQhnRzVtsvr11az20W+HHvHML3TF4E/mUrWDLi9dwSDNJmLCiSCZTNsLnUVLvWD9LV068BLj2xK+V/4MCAwEAAQ=="
}

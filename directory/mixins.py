"""Small behaviour shared by views across apps."""


class InvalidFormIs400:
    """A form sent back with errors answers 400 Bad Request, not 200: the request was refused."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
